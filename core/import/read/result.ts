/** What a reader gives back: the text as read, or a message saying what is wrong with the file. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type ReadResult =
  { ok: true; text: string; format: SourceFormat; warnings: Bilingual[] } | { ok: false; message: Bilingual };

export type SourceFormat = 'txt' | 'docx' | 'pdf';

export const fail = (zh: string, en: string): ReadResult => ({ ok: false, message: { zh, en } });
