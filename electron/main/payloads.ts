/**
 * The zod schemas main validates every IPC payload with. Main never trusts a payload's shape;
 * the preload only forwards.
 */
import { posix, win32 } from 'node:path';
import { z } from 'zod';
import { ShowRelaySchema } from '../../core/app/show-message';
import { LIMITS } from '../../core/report/limits';
import { INVOKE, type InvokeChannel } from '../shared/channels';

const MAX_EXPORT_BYTES = 512 * 1024 * 1024;
/** A briefing file's text: a few hundred KB at most in practice (20,000-character notes × slides). */
export const MAX_BRIEFING_CHARS = 8 * 1024 * 1024;

const reportId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/**
 * A report file dropped on (or picked in) the window: the absolute path Electron gives the
 * preload for it (webUtils.getPathForFile). Only .json files; nothing relative.
 */
const droppedReportPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\u0000'), 'NUL')
  .refine((p) => posix.isAbsolute(p) || win32.isAbsolute(p), 'not an absolute path')
  .refine((p) => p.toLowerCase().endsWith('.json'), 'not a .json file');

export const Payloads = {
  [INVOKE.listBundled]: z.undefined(),
  [INVOKE.openBundled]: reportId,
  [INVOKE.openDialog]: z.undefined(),
  [INVOKE.openPath]: z.string().min(1).max(4096),
  [INVOKE.openDropped]: droppedReportPath,
  [INVOKE.initialReport]: z.undefined(),
  [INVOKE.recent]: z.undefined(),
  [INVOKE.saveExport]: z.strictObject({
    bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0 && b.length <= MAX_EXPORT_BYTES, 'size'),
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^<>:"/\\|?*\u0000-\u001f]+\.(pptx|pdf)$/),
  }),
  [INVOKE.printPdf]: z.strictObject({
    bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0 && b.length <= MAX_EXPORT_BYTES, 'size'),
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^<>:"/\\|?*\u0000-\u001f]+\.pdf$/),
  }),
  [INVOKE.revealFile]: z.string().min(1).max(4096),
  // The deck message carries reports; main relays it without reading them (the receiving
  // renderer validates with the report schema before use). The briefing is small: checked here.
  [INVOKE.showPublish]: ShowRelaySchema,
  [INVOKE.showStart]: z.strictObject({
    fromIndex: z.number().int().min(0).max(100_000),
    presenter: z.boolean().optional(),
  }),
  [INVOKE.showEnd]: z.undefined(),
  [INVOKE.openAudience]: z.undefined(),
  [INVOKE.settingsNotice]: z.undefined(),
  [INVOKE.briefingLoadAutosave]: reportId,
  // Main stores the text as given; the renderer validates it with the briefing schema on load.
  [INVOKE.briefingSaveAutosave]: z.strictObject({ reportId, text: z.string().min(1).max(MAX_BRIEFING_CHARS) }),
  [INVOKE.briefingSave]: z.strictObject({
    text: z.string().min(1).max(MAX_BRIEFING_CHARS),
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^<>:"/\\|?*\u0000-\u001f]+\.govbrief\.json$/),
  }),
  [INVOKE.briefingOpen]: z.undefined(),
  // An imported draft: the report (its source text still inline, which main moves into the file
  // beside it) and the source text; main parses only the report's source object.
  [INVOKE.importSave]: z.strictObject({
    reportText: z
      .string()
      .min(2)
      .max(LIMITS.fileBytes + 2 * LIMITS.sourceTextChars),
    sourceText: z.string().min(1).max(LIMITS.sourceTextChars),
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^<>:"/\\|?*\u0000-\u001f]+\.json$/),
  }),
} satisfies Record<InvokeChannel, z.ZodType>;

export type PayloadOf<C extends InvokeChannel> = z.infer<(typeof Payloads)[C]>;
