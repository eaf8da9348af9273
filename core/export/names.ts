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

export function safeFileStem(title: string): string {
  const stem = title.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  const cut = [...stem].slice(0, MAX_NAME_CHARS).join('');
  // Names Windows reserves for devices.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cut) || cut === '' ? `GovBrief_${cut}` : cut;
}

export function exportFileName(title: string, format: ExportFormat): string {
  return `${safeFileStem(title)}${SUFFIX[format]}.${extensionOf(format)}`;
}
