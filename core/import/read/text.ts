/**
 * A .txt report: UTF-8 (with or without BOM); UTF-16 with a byte order mark and GB18030 (how
 * Notepad on a Chinese Windows saves "ANSI") are read too, with a warning, since importing is
 * where such files arrive. Other bytes: a message with the byte's position.
 */
import { firstInvalidUtf8 } from '../../report/decode';
import { fail, type ReadResult } from './result';

export function readTextBytes(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return {
      ok: true,
      text: new TextDecoder(label).decode(bytes.subarray(2)),
      format: 'txt',
      warnings: [
        { zh: '文件是 UTF-16 编码，已按 UTF-16 读取。', en: 'The file is UTF-16 encoded; it was read as UTF-16.' },
      ],
    };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(body), format: 'txt', warnings: [] };
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(body);
    return {
      ok: true,
      text,
      format: 'txt',
      warnings: [
        {
          zh: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；请核对文字是否正确。',
          en: 'The file is not UTF-8; it was read as GB18030 (GBK). Check that the text reads right.',
        },
      ],
    };
  } catch {
    const hex = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return fail(
      `第 ${bad} 字节（0x${hex}）既不是 UTF-8 也不是 GB18030 编码的文字；请以 UTF-8 另存此文件。`,
      `Byte ${bad} (0x${hex}) is neither UTF-8 nor GB18030 text; save the file as UTF-8.`,
    );
  }
}
