import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notoSansScFontPath, readNotoSansScFont, readNotoSansScFontAsync } from './font-files';
import { readExportFonts, readExportFontsAsync } from './fonts-bytes';

describe('font files read for export', () => {
  it('the background read returns every byte of the file, as the synchronous read does', async () => {
    const onDisk = readFileSync(notoSansScFontPath('bold'));
    const read = await readNotoSansScFontAsync('bold');
    expect(read.byteLength).toBe(onDisk.byteLength);
    expect(Buffer.compare(Buffer.from(read.buffer, read.byteOffset, read.byteLength), onDisk)).toBe(0);
    const sync = readNotoSansScFont('bold');
    expect(Buffer.compare(Buffer.from(sync.buffer, sync.byteOffset, sync.byteLength), onDisk)).toBe(0);
  });

  it('the background and synchronous reads share one cache per process', async () => {
    const later = await readExportFontsAsync();
    expect(readExportFonts()).toBe(later);
    expect(await readExportFontsAsync()).toBe(later);
  });
});
