/**
 * The show message: what a presenting window tells the others (which deck, where in it), in one
 * place. Main relays it between windows with ShowRelaySchema (the reports unread: they are big and
 * the receiving window validates them); every window accepts a message only through
 * ShowMessageSchema; the TypeScript type is inferred from it. No hand-written copies.
 */
import { z } from 'zod';
import { BriefingSchema } from '../briefing/schema';
import { ReportSchema } from '../report/schema';

export const BLANKS = ['none', 'black', 'white'] as const;
export type Blank = (typeof BLANKS)[number];

/** The highest slide index a message may name (far above any deck the limits allow). */
const MAX_SLIDE_INDEX = 100_000;

export const NavMessageSchema = z.strictObject({
  kind: z.literal('nav'),
  index: z.number().int().min(0).max(MAX_SLIDE_INDEX),
  blank: z.enum(BLANKS),
});
export type NavMessage = z.infer<typeof NavMessageSchema>;

/** A window that just opened asks the presenter for the current deck and position. */
const HelloSchema = z.strictObject({ kind: z.literal('hello') });
/** The show ended in one window (Esc, 结束放映): the others end it too (web build; in Electron main ends it). */
const EndSchema = z.strictObject({ kind: z.literal('end') });

function deckMessage<R extends z.ZodType>(report: R) {
  return z.strictObject({ kind: z.literal('deck'), report, compareWith: report.optional(), briefing: BriefingSchema });
}

/** What main takes from a window and passes on (Electron): the briefing checked, reports not read. */
export const ShowRelaySchema = z.discriminatedUnion('kind', [deckMessage(z.unknown()), NavMessageSchema, HelloSchema]);
export type ShowRelay = z.infer<typeof ShowRelaySchema>;

/** What a window accepts from another: reports validated with the report schema. */
export const ShowMessageSchema = z.discriminatedUnion('kind', [
  deckMessage(ReportSchema),
  NavMessageSchema,
  HelloSchema,
  EndSchema,
]);
export type ShowMessage = z.infer<typeof ShowMessageSchema>;
