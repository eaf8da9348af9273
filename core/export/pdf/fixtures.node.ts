/**
 * Test-only inputs for the PDF tests: the bundled reports compiled with compileDeck, the font
 * bytes, and each layout exported once per test process (exports take a few hundred ms each).
 */
import { compileDeck } from '../../deck/compile';
import type { Deck } from '../../deck/types';
import { readExportFonts } from '../../node/fonts-bytes';
import { loadReportFile } from '../../node/report-file';
import type { Report } from '../../report/schema';
import { exportPdf, type PdfExportOptions, type PdfExportResult } from '../pdf';

export const BUNDLED = ['shanxi-2025', 'china-2025'] as const;
export type BundledName = (typeof BUNDLED)[number];

const reports = new Map<string, Report>();

export function bundledReport(name: BundledName): Report {
  let r = reports.get(name);
  if (!r) {
    const loaded = loadReportFile(new URL(`../../../data/reports/${name}.json`, import.meta.url).pathname);
    if (!loaded.ok) throw new Error(`${name}: ${loaded.errors.map((e) => e.message.en).join('; ')}`);
    r = loaded.report;
    reports.set(name, r);
  }
  return r;
}

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
