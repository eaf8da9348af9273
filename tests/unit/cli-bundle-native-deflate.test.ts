/**
 * The built CLI swaps fflate's JavaScript deflate for node:zlib (scripts/cli-bundle/): what those
 * stand-ins write must read back, with fflate, as exactly what went in.
 */
import { strFromU8, strToU8, unzipSync, unzlibSync, zipSync as fflateZipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module of the build script, no declarations
import { zlibSync } from '../../scripts/cli-bundle/fflate-native-deflate.mjs';
// @ts-expect-error -- plain ES module of the build script, no declarations
import { zipSync } from '../../scripts/cli-bundle/fflate-native-zip.mjs';

const xml = strToU8('<p:sld>' + '<a:t>新质生产力</a:t>'.repeat(2000) + '</p:sld>');
const small = strToU8('<Types/>');

describe('CLI bundle: native deflate stand-ins', () => {
  it('zlibSync makes a zlib stream that inflates to the input', () => {
    const packed = zlibSync(xml) as Uint8Array;
    expect(packed.length).toBeLessThan(xml.length / 10);
    expect(unzlibSync(packed)).toEqual(xml);
  });

  it('zipSync keeps the parts, their order, stored and deflated entries, and UTF-8 names', () => {
    const packed = zipSync({
      '[Content_Types].xml': [small, { level: 0 }],
      ppt: { slides: { 'slide1.xml': [xml, { level: 6 }] } },
      '图表/说明.txt': strToU8('说明'),
    }) as Uint8Array;
    const parts = unzipSync(packed);
    expect(Object.keys(parts)).toEqual(['[Content_Types].xml', 'ppt/slides/slide1.xml', '图表/说明.txt']);
    expect(parts['[Content_Types].xml']).toEqual(small);
    expect(parts['ppt/slides/slide1.xml']).toEqual(xml);
    expect(strFromU8(parts['图表/说明.txt']!)).toBe('说明');
  });

  it('zipSync deflates as well as fflate at the same level', () => {
    const ours = (zipSync({ 'a.xml': [xml, { level: 6 }] }) as Uint8Array).length;
    const theirs = fflateZipSync({ 'a.xml': [xml, { level: 6 }] }).length;
    expect(ours).toBeLessThanOrEqual(theirs * 1.05);
  });
});
