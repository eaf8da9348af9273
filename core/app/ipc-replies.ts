/**
 * The shapes of main's replies and events, checked by the renderer before use
 * (renderer/src/bridge/checked.ts) and conformed to by main's handlers (tested against main's
 * own reply producers: electron/main/ipc.replies-match-the-renderer-contract.test.ts). Reports
 * inside a reply are checked separately with the report schema.
 */
import { z } from 'zod';

export const Bilingual = z.object({ zh: z.string().max(100_000), en: z.string().max(100_000) });

const ProblemShape = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string().max(100),
  file: z.string().max(4096),
  line: z.number(),
  column: z.number(),
  path: z.string().max(100_000),
  message: Bilingual,
  hint: Bilingual,
});
const Problems = z.array(ProblemShape).max(10_000);

const LoadShape = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: z.unknown(), sourceText: z.string().optional(), warnings: Problems }),
  z.object({ ok: z.literal(false), errors: Problems.min(1), warnings: Problems }),
]);

export const OpenedReplySchema = z.object({ file: z.string().max(4096), result: LoadShape });

/** One entry of the bundled report list. */
export const BundledReplySchema = z.object({
  id: z.string().max(200),
  title: z.string().max(10_000),
  file: z.string().max(4096),
});

/** The outcome of a save (an export or a briefing). */
export const SaveReplySchema = z.union([
  z.object({ ok: z.literal(true), path: z.string().max(4096).optional() }),
  z.object({ ok: z.literal(false), cancelled: z.boolean(), message: Bilingual.optional() }),
]);

/** The outcome of saving an imported draft: the save, and the saved file as reopened by the loader. */
export const ImportSaveReplySchema = z.union([
  z.object({ ok: z.literal(true), path: z.string().max(4096), opened: OpenedReplySchema }),
  z.object({ ok: z.literal(false), cancelled: z.boolean(), message: Bilingual.optional() }),
]);
