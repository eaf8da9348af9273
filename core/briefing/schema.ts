/**
 * A briefing: a report reference plus the choices staff make for one meeting — which sections
 * and slides, in what order, which are backups, edited notes, cover wording, theme, comparison,
 * watermark and the PDF date line. Saved as a `.govbrief.json` file and validated like reports.
 */
import { z } from 'zod';

export const BRIEFING_VERSION = 1;
/** Longest speaker note a briefing keeps, in UTF-16 units (the editor's field stops there). */
export const MAX_NOTE_CHARS = 20_000;
/**
 * Longest PDF date line ("2025年3月5日印发"), in UTF-16 units as the export panel's field counts:
 * it shares the page header with the title (as the CLI's --date-line).
 */
export const MAX_DATE_LINE_CHARS = 40;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);
/**
 * Slide ids are stable across compiles: "targets-2025/targets", "projects-2025/elderly-care-meals".
 * "~2" names the second part of a slide continued over several ("projects-2025/list~2"; notes are
 * per part), "@2" a later slide whose report id repeated a section slide's (compile.ts).
 */
const slideId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9/@~-]*$/);
// The exporters strip control characters anyway; a briefing file must not carry them at all.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** The control characters a briefing file must not carry, for removing them (global). */
export const CONTROL_CHARS = new RegExp(CONTROL.source, 'g');
const noControl = (s: string) => !CONTROL.test(s);
const shortText = z.string().max(200).refine(noControl, { message: 'control-character' });

export const BriefingSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('govbrief-briefing'),
  version: z.literal(BRIEFING_VERSION),
  name: z.string().min(1).max(200),
  report: z.strictObject({ id, hash: z.string().regex(/^[0-9a-f]{16}$/), title: shortText }),
  compareWith: z.strictObject({ id, hash: z.string().regex(/^[0-9a-f]{16}$/) }).optional(),
  theme: z.enum(['official', 'blue', 'contrast']),
  /** Sections of the report included, in order. */
  sections: z.array(id).max(100),
  /** Base slide ids (without "~n" part suffixes) in the chosen order; parts follow their base. */
  order: z.array(slideId).max(5000),
  excluded: z.array(slideId).max(5000),
  /** Slides marked as backups (hidden when advancing), and backup slides of the deck made visible. */
  backup: z.array(slideId).max(5000),
  shown: z.array(slideId).max(5000),
  /** Edited speaker notes by slide id (each part of a continued slide has its own: "…~2"). */
  notes: z.record(slideId, z.string().max(MAX_NOTE_CHARS).refine(noControl, { message: 'control-character' })),
  cover: z.strictObject({
    title: shortText.optional(),
    presenter: shortText.optional(),
    meeting: shortText.optional(),
    date: shortText.optional(),
  }),
  watermark: shortText.optional(),
  /** The PDF date line last chosen for this briefing, trimmed (none: no date line). */
  dateLine: z.string().min(1).max(MAX_DATE_LINE_CHARS).refine(noControl, { message: 'control-character' }).optional(),
  /**
   * Titles of the slides the briefing names, as they were when it was saved: when the report has
   * changed, the notice can say which slides are gone by title, not only by id.
   */
  titles: z.record(slideId, shortText).optional(),
  updatedAt: z.string().max(40),
});

export type Briefing = z.infer<typeof BriefingSchema>;
