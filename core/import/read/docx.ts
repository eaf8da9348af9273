/**
 * A .docx report through mammoth (its raw text: one paragraph a line, a blank line between).
 * A .docx is a zip; anything else (an old .doc, a renamed file) gets a message, not a crash.
 */
import { fail, type ReadResult } from './result';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOleDoc = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readDocxBytes(bytes: Uint8Array): Promise<ReadResult> {
  if (isOleDoc(bytes))
    return fail(
      '这是旧版 Word 文档（.doc），不是 .docx；请在 Word 或 WPS 中另存为 .docx 后再导入。',
      'This is an old Word document (.doc), not .docx; save it as .docx in Word or WPS and import that.',
    );
  if (!isZip(bytes))
    return fail(
      '此文件不是有效的 .docx 文档（.docx 是 zip 压缩包，此文件不是）；请确认文件未损坏、扩展名正确。',
      'This is not a valid .docx document (a .docx is a zip archive; this file is not); check that it is not damaged and is named right.',
    );
  try {
    const mammoth = await import('mammoth');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both take the bytes.
    const input = { arrayBuffer: buffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    const { value } = await mammoth.extractRawText(input);
    return { ok: true, text: value, format: 'docx', warnings: [] };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(`无法读取此 .docx 文档（${why}）。`, `This .docx document could not be read (${why}).`);
  }
}
