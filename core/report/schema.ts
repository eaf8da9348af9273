/**
 * The report data format: the zod schema is the single truth. The JSON Schema in
 * data/schema/report.schema.json is generated from it (`npm run schema`), and the loader
 * validates with it. Types are inferred, never written twice.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

/** Version of this data format. Bump when a change would make old files mean something else. */
export const SCHEMA_VERSION = 1;

// Characters that make a PPTX unopenable and a PDF unreadable; tab and newline are allowed.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–E, U+2066–9): they reorder what is
 * shown, so a title or a figure can read differently from what is stored ("Trojan Source"). The
 * plain marks U+200E/U+200F, which reorder nothing around them, stay allowed.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Half a surrogate pair: no character at all (from a cut string or a bad \uD83D escape). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Invisible characters that split a word or a number without a trace: zero-width space, word
 * joiner, a BOM inside text, Mongolian vowel separator. The zero-width (non-)joiners stay
 * allowed: emoji sequences (👨‍👩‍👧) and several scripts need them.
 */
export const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u180E]/;

/**
 * Any human-readable text in a report (titles, labels, items, quotes): bounded, and free of
 * control characters, bidi overrides, lone surrogates and zero-width characters.
 */
const text = (max: number = LIMITS.textChars) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s), { message: 'control-character' })
    .refine((s) => !BIDI_CONTROLS.test(s), { message: 'bidi-control' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: 'lone-surrogate' })
    .refine((s) => !ZERO_WIDTH.test(s), { message: 'zero-width' })
    // An empty string is already "too short": report it once.
    .refine((s) => s.length === 0 || s.trim().length > 0, { message: 'blank' });

/** A verbatim quote from the report's source text (checked whitespace- and width-insensitively). */
const quote = text().describe('A quote found verbatim in the source text (whitespace and full/half width ignored).');

/** Stable identifiers: used in slide ids, briefings and cross references. */
const id = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'id-format' })
  .describe('lower-case letters, digits and "-", e.g. "new-energy-share"');

const list = <T extends z.ZodType>(item: T, min = 0) => z.array(item).min(min).max(LIMITS.itemsPerList);

export const BoundSchema = z
  .enum(['exact', 'about', 'atLeast', 'atMost', 'positive', 'qualitative'])
  .describe(
    'exact: "5%"; about: "5.5%左右"; atLeast: "6%以上"; atMost: "3%以内"; positive: "力争保持正增长"; qualitative: "与经济增长同步"',
  );

export const FigureSchema = z
  .strictObject({
    id: id.optional().describe('Needed only when a chart refers to this figure.'),
    label: text(LIMITS.labelChars).describe('What is counted, e.g. "高新技术企业".'),
    display: text(LIMITS.labelChars).describe(
      'The report\'s own wording of the number, e.g. "1599家", "6%以上". Must occur in the quote.',
    ),
    value: z.number().finite().optional().describe('The number in display, in the unit below.'),
    unit: z.string().max(LIMITS.labelChars).describe('Unit of value as printed, e.g. "家", "亿元", "%".'),
    bound: BoundSchema,
    source: quote.optional().describe("Defaults to the enclosing item's source."),
  })
  .describe("A number as the report states it: the report's wording plus a machine value.");

export const NoteSchema = z
  .strictObject({
    text: text().describe('What the reader should know about this item (our wording).'),
    source: quote,
  })
  .describe('A data note: e.g. the report states the same target twice with different wording.');

export const TargetSchema = z.strictObject({
  key: id.describe('Stable indicator key for comparing reports: gdp, unemployment, cpi, new-urban-jobs, …'),
  indicator: text(LIMITS.labelChars).describe('Indicator name, e.g. "地区生产总值".'),
  statement: text().describe('The target as stated, e.g. "地区生产总值增长5%".'),
  figure: FigureSchema,
  source: quote,
  note: NoteSchema.optional(),
});

export const HighlightSchema = z.strictObject({
  id,
  text: text().describe('The achievement in one sentence, in the report’s wording.'),
  figures: list(FigureSchema),
  source: quote,
});

const chartBase = {
  id,
  title: text(LIMITS.labelChars),
  figureIds: list(id, 1).describe('Figures of this theme/section, in drawing order.'),
};

export const ChartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bar'), ...chartBase }).describe('Bars compare figures of one unit.'),
  z
    .strictObject({
      kind: z.literal('donut'),
      ...chartBase,
      remainderLabel: text(LIMITS.labelChars)
        .optional()
        .describe('Label of the unlabelled rest up to 100% (its value is not printed).'),
    })
    .describe('Shares of a whole, in %.'),
  z.strictObject({ kind: z.literal('kpi'), ...chartBase }).describe('Big numbers.'),
]);

export const ThemeSchema = z.strictObject({
  id,
  title: text(LIMITS.labelChars).describe('e.g. "向新而行"'),
  subtitle: text(LIMITS.labelChars).optional().describe('e.g. "动力澎湃"'),
  source: quote,
  highlights: list(HighlightSchema),
  charts: list(ChartSchema).optional(),
});

export const ProjectSchema = z.strictObject({
  id,
  number: z.number().int().min(1).max(LIMITS.itemsPerList),
  title: text(LIMITS.labelChars).describe('A short name for the project (our wording), e.g. "养老助餐".'),
  text: text().describe("The project in the report's wording."),
  figures: list(FigureSchema),
  source: quote,
});

export const PointSchema = z.strictObject({
  text: text(),
  source: quote,
});

export const PointGroupSchema = z.strictObject({
  heading: PointSchema.optional().describe('A sub-heading inside a work area, if the report has one.'),
  points: list(PointSchema),
});

export const TaskSchema = z.strictObject({
  id,
  number: z.number().int().min(1).max(LIMITS.itemsPerList),
  title: text(),
  source: quote,
  groups: list(PointGroupSchema),
});

const sectionBase = {
  id,
  title: text(LIMITS.labelChars).describe('Heading of the section in the deck, e.g. "主要预期目标".'),
};

export const SectionSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('targets'),
      ...sectionBase,
      year: z.number().int().min(1949).max(2100),
      targets: list(TargetSchema),
      charts: list(ChartSchema).optional(),
    })
    .describe('主要预期目标: the year’s main expected targets.'),
  z
    .strictObject({
      kind: z.literal('review'),
      ...sectionBase,
      year: z.number().int().min(1949).max(2100),
      intro: PointSchema.optional(),
      themes: list(ThemeSchema),
    })
    .describe('成绩单: last year’s results, grouped in themes of highlights.'),
  z
    .strictObject({
      kind: z.literal('projects'),
      ...sectionBase,
      year: z.number().int().min(1949).max(2100),
      projects: list(ProjectSchema),
    })
    .describe('民生实事: livelihood projects.'),
  z
    .strictObject({
      kind: z.literal('tasks'),
      ...sectionBase,
      tasks: list(TaskSchema),
    })
    .describe('重点工作: key work areas with their points.'),
]);

export const ReportSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    title: text(LIMITS.labelChars).describe('Deck title, e.g. "2025年山西省政府工作报告解读".'),
    region: text(LIMITS.labelChars).describe('e.g. "山西省", "全国"'),
    year: z.number().int().min(1949).max(2100),
    level: z.enum(['national', 'province', 'city', 'county', 'district']),
    delivered: z.strictObject({
      date: z.iso.date().describe('YYYY-MM-DD'),
      meeting: text(LIMITS.labelChars),
      by: text(LIMITS.labelChars).describe('Who delivered it, e.g. "省长 金湘军".'),
      source: quote,
    }),
    source: z
      .strictObject({
        title: text(LIMITS.labelChars),
        publisher: text(LIMITS.labelChars).optional(),
        compiledBy: list(text(LIMITS.labelChars)),
        citation: text().optional(),
        textFile: z
          .string()
          .min(1)
          .max(LIMITS.idChars * 4)
          .optional()
          .describe('Path of the source text, relative to this report file.'),
        text: z.string().max(LIMITS.sourceTextChars).optional().describe('The source text inline.'),
      })
      .describe('Where the quotes come from: give textFile or text.'),
    summary: PointSchema,
    notes: list(NoteSchema).optional(),
    sections: list(SectionSchema, 1),
  })
  .describe('A government work report digest for GovBrief (政报演示).');

export type Bound = z.infer<typeof BoundSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type DataNote = z.infer<typeof NoteSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Highlight = z.infer<typeof HighlightSchema>;
export type Chart = z.infer<typeof ChartSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Point = z.infer<typeof PointSchema>;
export type PointGroup = z.infer<typeof PointGroupSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type SectionKind = Section['kind'];
export type Report = z.infer<typeof ReportSchema>;
