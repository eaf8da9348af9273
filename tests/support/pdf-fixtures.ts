/**
 * Test-only inputs for the PDF tests: the bundled reports compiled with compileDeck, the font
 * bytes, and each layout exported once per test process (exports take a few hundred ms each).
 */
import { compileDeck } from '../../core/deck/compile';
import type { Deck } from '../../core/deck/types';
import { exportPdf, type PdfExportOptions, type PdfExportResult } from '../../core/export/pdf';
import { readExportFonts } from '../../core/node/fonts-bytes';
import { BUNDLED, bundledReport, type BundledName } from './bundled-report';

export { BUNDLED, bundledReport, type BundledName };

const decks = new Map<string, Deck>();
export function bundledDeck(name: BundledName): Deck {
  let d = decks.get(name);
  if (!d) {
    d = compileDeck(bundledReport(name));
    decks.set(name, d);
  }
  return d;
}

export const fonts = () => readExportFonts();

/** A fixed date and file id, so the same input gives the same bytes. */
export const REPRODUCIBLE = {
  creationDate: new Date(Date.UTC(2025, 2, 5, 8, 0, 0)),
  fileId: '0123456789ABCDEF0123456789ABCDEF',
} as const;

const exports = new Map<string, Promise<PdfExportResult>>();

/** exportPdf of a bundled deck, cached per (report, options). */
export function exported(name: BundledName, options: Omit<PdfExportOptions, 'fonts'>): Promise<PdfExportResult> {
  const key = JSON.stringify([name, { ...options, report: options.report?.id, compareWith: options.compareWith?.id }]);
  let p = exports.get(key);
  if (!p) {
    p = exportPdf(bundledDeck(name), { ...REPRODUCIBLE, ...options, fonts: fonts() });
    exports.set(key, p);
  }
  return p;
}
