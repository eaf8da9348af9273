/**
 * File names for exports: the deck title plus what the file is, safe on Windows, macOS and
 * Linux (no reserved characters, no trailing dots or spaces), e.g.
 * "2025年山西省政府工作报告解读.pptx", "2025年山西省政府工作报告解读（讲义）.pdf".
 */

export type ExportFormat = 'pptx' | 'pdf' | 'handout' | 'notes' | 'memo';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['pptx', 'pdf', 'handout', 'notes', 'memo'];

const SUFFIX: Record<ExportFormat, string> = {
  pptx: '',
  pdf: '',
  handout: '（讲义）',
  notes: '（备注页）',
  memo: '（简报）',
};

export function extensionOf(format: ExportFormat): 'pptx' | 'pdf' {
  return format === 'pptx' ? 'pptx' : 'pdf';
}

/** Characters Windows forbids in names, and control characters. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const MAX_NAME_CHARS = 120;
/**
 * Linux and macOS allow 255 UTF-8 bytes per name (a CJK character takes 3): the stem keeps room
 * for the suffix, the extension and the atomic writer's temp name (".NAME.<12 hex>.tmp").
 */
const MAX_STEM_BYTES = 200;
/** Names Windows reserves for devices, also with an extension ("NUL.txt" is NUL). */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function utf8Bytes(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

export function safeFileStem(title: string): string {
  const stem = title.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  let cut = '';
  let bytes = 0;
  for (const ch of [...stem].slice(0, MAX_NAME_CHARS)) {
    bytes += utf8Bytes(ch);
    if (bytes > MAX_STEM_BYTES) break;
    cut += ch;
  }
  // After the cut: a name must not end in a dot or a space (Windows drops them).
  cut = cut.replace(/[. ]+$/, '');
  return DEVICE.test(cut) || cut === '' ? `GovBrief_${cut}` : cut;
}

export function exportFileName(title: string, format: ExportFormat): string {
  return `${safeFileStem(title)}${SUFFIX[format]}.${extensionOf(format)}`;
}
