/**
 * Vite plugin: the deck font for the screen, cut into unicode-range slices at build time, so a
 * window loads ~1 MB per weight for the common characters instead of two 10.5 MB files before
 * its first slide (measured: ~550 ms of font loading before the first paint with the full
 * files). Same font, same advances: the slices keep every glyph's metrics, and the deck's line
 * breaks are decided in core anyway. Rare characters load their slice on demand; characters
 * outside the BMP come from the full font (its own slice).
 *
 * The full TrueType files stay in the build too (the export worker embeds them in PDFs).
 * In the dev server the module serves the full files only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { subsetTrueType } from '../core/export/fonts.ts';
import { parseTtf } from '../core/fonts/ttf.ts';
import type { FontWeight } from '../core/fonts/weight.ts';
import { notoSansScFontPath } from '../core/node/font-files.ts';

const VIRTUAL_ID = 'virtual:font-slices';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export interface FontSlice {
  weight: FontWeight;
  /** CSS unicode-range. */
  unicodeRange: string;
  /** Loaded before the first slide is drawn (the common characters). */
  primary: boolean;
  file: string;
}

/** Code points of GB 2312 level 1 (the 3,755 most used hanzi) or level 2, from the codec. */
function gb2312Level(level: 1 | 2): number[] {
  const decoder = new TextDecoder('gb18030');
  const [from, to] = level === 1 ? [0xb0, 0xd7] : [0xd8, 0xf7];
  const out: number[] = [];
  for (let hi = from; hi <= to; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const s = decoder.decode(new Uint8Array([hi, lo]));
      const cp = s.codePointAt(0)!;
      if ([...s].length === 1 && cp !== 0xfffd && cp >= 0x4e00) out.push(cp);
    }
  }
  return out;
}

/** Latin, punctuation, symbols used in reports (①, ●, ％, …), and CJK punctuation. */
const BASE_RANGES: [number, number][] = [
  [0x0020, 0x00ff],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x218f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2460, 0x24ff],
  [0x2500, 0x25ff],
  [0x2600, 0x26ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

function expand(ranges: readonly [number, number][]): number[] {
  return ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
}

/** "U+4E00-4E05,U+4E0A" from sorted code points. */
export function unicodeRangeOf(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

interface SliceSpec {
  name: string;
  codePoints: number[];
  primary: boolean;
}

function sliceSpecs(mapped: ReadonlySet<number>): SliceSpec[] {
  const base = expand(BASE_RANGES).filter((c) => mapped.has(c));
  const l1 = gb2312Level(1).filter((c) => mapped.has(c));
  const l2 = gb2312Level(2).filter((c) => mapped.has(c));
  const taken = new Set([...base, ...l1, ...l2]);
  const rest = [...mapped].filter((c) => c < 0x10000 && !taken.has(c));
  return [
    { name: 'common', codePoints: [...base, ...l1], primary: true },
    { name: 'level2', codePoints: l2, primary: false },
    { name: 'rare', codePoints: rest, primary: false },
  ];
}

export function fontSlicesPlugin(): Plugin {
  let serve = false;
  let slices: FontSlice[] = [];
  return {
    name: 'govbrief-font-slices',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    buildStart() {
      if (serve) return;
      slices = [];
      const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'govbrief-font-slices');
      mkdirSync(cacheDir, { recursive: true });
      for (const weight of ['regular', 'bold'] as const) {
        const bytes = new Uint8Array(readFileSync(notoSansScFontPath(weight)));
        const key = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
        const mapped = new Set<number>();
        parseTtf(bytes).forEachMapping((cp) => void mapped.add(cp));
        for (const spec of sliceSpecs(mapped)) {
          const cached = join(cacheDir, `${weight}-${spec.name}-${key}.ttf`);
          if (!existsSync(cached)) writeFileSync(cached, subsetTrueType(bytes, spec.codePoints).bytes);
          const ref = this.emitFile({
            type: 'asset',
            name: `NotoSansSC-${weight}-${spec.name}.ttf`,
            source: readFileSync(cached),
          });
          slices.push({ weight, unicodeRange: unicodeRangeOf(spec.codePoints), primary: spec.primary, file: ref });
        }
      }
    },
    // Preload the common slices from index.html, so they download alongside the script instead
    // of after it has run (they are what the first slide waits for).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return undefined;
        const primary = Object.values(ctx.bundle).filter(
          (a) => a.type === 'asset' && /NotoSansSC-(regular|bold)-common-.*\.ttf$/.test(a.fileName),
        );
        return primary.map((a) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/ttf', crossorigin: '', href: `./${a.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serve) return 'export const FONT_SLICES = [];';
      const entries = slices.map(
        (s) =>
          `{ weight: ${JSON.stringify(s.weight)}, unicodeRange: ${JSON.stringify(s.unicodeRange)}, primary: ${s.primary}, url: import.meta.ROLLUP_FILE_URL_${s.file} }`,
      );
      return `export const FONT_SLICES = [${entries.join(',\n')}];`;
    },
  };
}
