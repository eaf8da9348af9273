/**
 * A .pdf report's text layer through pdf.js: items on one baseline make a line (in x order);
 * a vertical gap wider than a line and a half makes a blank line, as between paragraphs. A PDF
 * without text (a scan) or that pdf.js cannot open gets a message.
 */
import { PDF_MIN_TEXT_CHARS } from './limits';
import { fail, type ReadResult } from './result';

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

/** Lines of one page, top to bottom. */
function pageText(items: Item[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - it.y) <= Math.max(1, it.size * 0.3)) line.items.push(it);
    else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  let out = '';
  lines.forEach((line, k) => {
    const prev = lines[k - 1];
    if (prev) out += prev.y - line.y > Math.max(prev.size, line.size) * 1.8 ? '\n\n' : '\n';
    let x = -Infinity;
    for (const it of line.items.sort((a, b) => a.x - b.x)) {
      // A gap wider than a character between two pieces is a space in the text.
      if (x !== -Infinity && it.x - x > it.size * 0.6 && !out.endsWith(' ')) out += ' ';
      out += it.str;
      x = it.x + it.width;
    }
  });
  return out;
}

export async function readPdfBytes(bytes: Uint8Array): Promise<ReadResult> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    return fail(
      '此文件不是 PDF 文档（不以 %PDF 开头）。',
      'This file is not a PDF document (it does not start with %PDF).',
    );
  let text: string;
  try {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
      .promise;
    try {
      const pages: string[] = [];
      for (let i = 1; i <= doc.numPages; i++) {
        const page = await doc.getPage(i);
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const it of content.items) {
          if (!('str' in it) || it.str.length === 0) continue;
          const [a, b, , , e, f] = it.transform as number[];
          items.push({ str: it.str, x: e!, y: f!, size: Math.hypot(a!, b!), width: it.width });
        }
        pages.push(pageText(items));
        page.cleanup();
      }
      text = pages.join('\n\n');
    } finally {
      await doc.destroy();
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(
      `无法打开此 PDF（${why}）；文件可能已损坏或加了密码。`,
      `This PDF could not be opened (${why}); it may be damaged or password-protected.`,
    );
  }
  if (text.replace(/\s+/gu, '').length < PDF_MIN_TEXT_CHARS)
    return fail(
      '此 PDF 没有文字层（可能是扫描件或图片），无法读取文字；请先做文字识别（OCR），或改用 Word / 文本版报告。',
      'This PDF has no text layer (it is probably a scan or pictures); run text recognition (OCR) on it first, or import the Word or text version.',
    );
  return { ok: true, text, format: 'pdf', warnings: [] };
}
