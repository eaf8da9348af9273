/** Largest file the importer reads, in bytes: a report's PDF with pictures is a few MB. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/**
 * Fewer visible characters than this in a whole PDF means it has no text layer (a scan): a
 * real report has tens of thousands.
 */
export const PDF_MIN_TEXT_CHARS = 20;
