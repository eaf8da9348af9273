/**
 * The text of a report file as read: .txt, .docx or .pdf by the file's name, after the checks
 * every file gets (empty, too large). Nothing is written; a bad file is a message.
 */
import { readDocxBytes } from './docx';
import { IMPORT_MAX_BYTES } from './limits';
import { readPdfBytes } from './pdf';
import { fail, type ReadResult } from './result';
import { readTextBytes } from './text';

export type { Bilingual, ReadResult, SourceFormat } from './result';

const MIB = 1024 * 1024;

export const IMPORT_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > IMPORT_MAX_BYTES)
    return fail(
      `文件大小 ${(bytes.length / MIB).toFixed(1)} MB，超过导入上限 ${IMPORT_MAX_BYTES / MIB} MB；政府工作报告的文字一般不到 1 MB，请确认选对了文件。`,
      `The file is ${(bytes.length / MIB).toFixed(1)} MB; the import limit is ${IMPORT_MAX_BYTES / MIB} MB. A report's text is usually under 1 MB: check that this is the right file.`,
    );
  if (bytes.length === 0) return fail('文件是空的。', 'The file is empty.');
  const ext = /\.[^./\\]+$/u.exec(fileName.toLowerCase())?.[0] ?? '';
  let read: ReadResult;
  switch (ext) {
    case '.docx':
      read = await readDocxBytes(bytes);
      break;
    case '.pdf':
      read = await readPdfBytes(bytes);
      break;
    case '.txt':
    case '.text':
      read = readTextBytes(bytes);
      break;
    default:
      return fail(
        `不支持的文件类型“${ext || '（无扩展名）'}”；可导入 .txt、.docx、.pdf，或直接粘贴文字。`,
        `Unsupported file type "${ext || '(none)'}"; import .txt, .docx or .pdf, or paste the text.`,
      );
  }
  if (read.ok && read.text.trim() === '') return fail('文件中没有文字。', 'The file has no text.');
  return read;
}
