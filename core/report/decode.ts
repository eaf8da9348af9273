/**
 * Bytes → text for report files. Reports must be UTF-8; staff editing on Windows sometimes save
 * as UTF-16 ("Unicode" in Notepad) or GB18030 ("ANSI" on a Chinese Windows), so those get a
 * message that says which encoding it seems to be and how to re-save, not a parse error.
 */
import { LIMITS } from './limits';
import type { Problem } from './problems';
import { problem } from './problems';

export type DecodeResult = { ok: true; text: string; warnings: Problem[] } | { ok: false; errors: Problem[] };

const MIB = 1024 * 1024;

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (code points) of a byte offset, counting only the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

/** Whether the bytes read as GB18030 Chinese: a strong hint for the fix. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(0, 4096));
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

export function decodeReportBytes(file: string, input: Uint8Array | string): DecodeResult {
  if (typeof input === 'string') {
    // Already text (e.g. from a web file picker); only the size and BOM rules apply.
    // A UTF-8 byte count is needed only when the text might be over the limit (≤ 3 bytes per unit).
    if (input.length > LIMITS.fileBytes / 3) {
      const size = new TextEncoder().encode(input).length;
      if (size > LIMITS.fileBytes) return { ok: false, errors: [tooLargeProblem(file, size)] };
    }
    const warnings: Problem[] = [];
    if (input.charCodeAt(0) === 0xfeff) {
      warnings.push(bomWarning(file));
      input = input.slice(1);
    }
    return { ok: true, text: input, warnings };
  }
  const bytes = input;
  if (bytes.length > LIMITS.fileBytes) return { ok: false, errors: [tooLargeProblem(file, bytes.length)] };
  const wide = wideEncoding(bytes);
  if (wide) return { ok: false, errors: [wideEncodingProblem(file, wide)] };
  const warnings: Problem[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    warnings.push(bomWarning(file));
    start = 3;
  }
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const at = positionOfByte(body, bad);
    const gb = looksLikeGb18030(body);
    const byteHex = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      errors: [
        problem(
          'error',
          'not-utf8',
          file,
          at,
          '',
          {
            zh: `第 ${bad + start} 字节（0x${byteHex}）不是有效的 UTF-8${gb ? '；文件似乎是 GBK/GB18030 编码' : ''}。`,
            en: `Byte ${bad + start} (0x${byteHex}) is not valid UTF-8${gb ? '; the file looks GBK/GB18030 encoded' : ''}.`,
          },
          { zh: '在编辑器中以“UTF-8”编码另存此文件。', en: 'Save the file again with the encoding "UTF-8".' },
        ),
      ],
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body), warnings };
}

type Wide = { kind: 'utf32' | 'utf16'; bom: boolean };

/**
 * UTF-32 or UTF-16, by byte order mark or, without one, by the zero bytes that ASCII characters
 * (every JSON brace, quote and key) have in them: "{" is 7B 00 in UTF-16LE, 7B 00 00 00 in
 * UTF-32LE. UTF-32's BOM (FF FE 00 00) starts like UTF-16's (FF FE), so it is checked first.
 */
export function wideEncoding(bytes: Uint8Array): Wide | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return { kind: 'utf32', bom: true };
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return { kind: 'utf16', bom: true };
  // No BOM: where the zero bytes are in the first 4 KB. UTF-8 text has none (a raw NUL is refused
  // anyway); every BMP character has two in UTF-32 (LE: bytes 2 and 3 of 4), ASCII one in UTF-16.
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 8) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 3]!++;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const total = z0 + z1 + z2 + z3;
  if (total < n * 0.05) return undefined;
  const quarter = n / 4;
  if ((z2 >= quarter * 0.9 && z3 >= quarter * 0.9) || (z0 >= quarter * 0.9 && z1 >= quarter * 0.9))
    return { kind: 'utf32', bom: false };
  if (z1 + z3 >= total * 0.9 || z0 + z2 >= total * 0.9) return { kind: 'utf16', bom: false };
  return undefined;
}

function wideEncodingProblem(file: string, wide: Wide): Problem {
  const name = wide.kind === 'utf32' ? 'UTF-32' : 'UTF-16';
  const how = wide.bom
    ? {
        zh: `（以字节顺序标记 ${wide.kind === 'utf32' ? 'FF FE 00 00 / 00 00 FE FF' : 'FF FE / FE FF'} 开头）`,
        en: ` (it starts with the byte order mark ${wide.kind === 'utf32' ? 'FF FE 00 00 / 00 00 FE FF' : 'FF FE / FE FF'})`,
      }
    : {
        zh: '（没有字节顺序标记，但每个字母后都跟着 0 字节）',
        en: ' (it has no byte order mark, but every letter comes with zero bytes)',
      };
  return problem(
    'error',
    wide.kind,
    file,
    { line: 1, column: 1 },
    '',
    {
      zh: `文件${wide.bom ? '是' : '似乎是'} ${name} 编码${how.zh}，报告须为 UTF-8 编码。`,
      en: `The file ${wide.bom ? 'is' : 'looks'} ${name} encoded${how.en}; reports must be UTF-8.`,
    },
    { zh: '在编辑器中以“UTF-8”编码另存此文件。', en: 'Save the file again with the encoding "UTF-8".' },
  );
}

export function tooLargeProblem(file: string, size: number): Problem {
  const mb = (size / MIB).toFixed(1);
  const limit = (LIMITS.fileBytes / MIB).toFixed(0);
  return problem(
    'error',
    'file-too-large',
    file,
    { line: 1, column: 1 },
    '',
    { zh: `文件大小 ${mb} MB，超过上限 ${limit} MB。`, en: `The file is ${mb} MB; the limit is ${limit} MB.` },
    {
      zh: '报告文件应只含报告内容（一般小于 100 KB）；请检查是否误选了其他文件，或拆分为多个报告。',
      en: 'A report holds only the report (usually under 100 KB): check that this is the right file, or split it into several reports.',
    },
  );
}

function bomWarning(file: string): Problem {
  return problem(
    'warning',
    'bom',
    file,
    { line: 1, column: 1 },
    '',
    {
      zh: '文件以 UTF-8 字节顺序标记（BOM）开头，已忽略。',
      en: 'The file starts with a UTF-8 byte order mark (BOM); it was ignored.',
    },
    {
      zh: '可以以“UTF-8（无 BOM）”另存，以便其他工具读取。',
      en: 'Save as "UTF-8 without BOM" so that other tools read it too.',
    },
  );
}
