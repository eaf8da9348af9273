/**
 * The app:// handler serves files from the renderer's folder and nothing else: plain, encoded,
 * double-encoded and backslash traversal, NUL bytes, other hosts and other schemes are refused;
 * for any path at all, a path it does resolve lies inside the root.
 */
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_CSP, contentTypeOf, isAppUrl, resolveAppUrl } from './app-url';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'govbrief-app-url-')));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'index-abc123.js'), '');
writeFileSync(join(base, 'secret.txt'), 'secret');
afterAll(() => rmSync(base, { recursive: true, force: true }));

function inside(path: string): boolean {
  return path.startsWith(root + sep) && path.length > root.length + 1;
}

describe('resolveAppUrl serves the app', () => {
  it('maps the root and index.html to index.html', () => {
    expect(resolveAppUrl('app://govbrief/', root)).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppUrl('app://govbrief/index.html', root)).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppUrl('app://govbrief/index.html#/show', root)).toEqual({
      ok: true,
      path: join(root, 'index.html'),
    });
    expect(resolveAppUrl('app://govbrief/index.html?x=1', root)).toEqual({ ok: true, path: join(root, 'index.html') });
  });

  it('serves assets within the root, including encoded (non-separator) characters', () => {
    expect(resolveAppUrl('app://govbrief/assets/index-abc123.js', root)).toEqual({
      ok: true,
      path: join(root, 'assets', 'index-abc123.js'),
    });
    expect(resolveAppUrl('app://govbrief/assets/%E5%AD%97%E4%BD%93.ttf', root)).toEqual({
      ok: true,
      path: join(root, 'assets', '字体.ttf'),
    });
  });

  it('gives each asset its content type', () => {
    expect(contentTypeOf('index.html')).toMatch(/^text\/html/);
    expect(contentTypeOf('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.ttf')).toBe('font/ttf');
    expect(contentTypeOf('noext')).toBe('application/octet-stream');
  });

  it('serves with a strict CSP (no remote script, no eval, no framing)', () => {
    expect(APP_CSP).toContain("default-src 'self'");
    expect(APP_CSP).toContain("script-src 'self';");
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(APP_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|\*/);
  });
});

describe('resolveAppUrl refuses to leave the root', () => {
  const traversals = [
    'app://govbrief/../../etc/passwd',
    'app://govbrief/%2e%2e/%2e%2e/etc/passwd',
    'app://govbrief/%2E%2E/%2E%2E/etc/passwd',
    'app://govbrief/.%2e/.%2e/etc/passwd',
    'app://govbrief/..%2f..%2fetc%2fpasswd',
    'app://govbrief/..%2F..%2Fetc%2Fpasswd',
    'app://govbrief/%252e%252e/etc/passwd',
    'app://govbrief/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
    'app://govbrief/..\\..\\etc\\passwd',
    'app://govbrief/..%5c..%5cetc%5cpasswd',
    'app://govbrief/..%5C..%5Csecret.txt',
    'app://govbrief/assets/..%2f..%2fsecret.txt',
    'app://govbrief/index.html%00.png',
    'app://govbrief/%00',
    'app://govbrief/..%2frenderer-evil/x',
    'app://govbrief/%2e%2e%2fsecret.txt',
    'app://govbrief/%25%32%65%25%32%65/secret.txt',
  ];

  it.each(traversals)('%s is refused or stays inside the root', (url) => {
    const r = resolveAppUrl(url, root);
    if (r.ok) expect(inside(r.path), r.path).toBe(true);
    expect(r.ok && r.path.includes('passwd') && !inside(r.path)).toBe(false);
  });

  it('refuses the encoded, double-encoded, backslash and NUL forms outright (403)', () => {
    for (const url of traversals.filter((u) => /%2f|%5c|%25|%00|\\/i.test(u))) {
      expect(resolveAppUrl(url, root), url).toEqual({ ok: false, status: 403 });
    }
  });

  it('resolves plain and %2e dot segments the way the URL parser does: inside the root', () => {
    // The URL parser (WHATWG, as Chromium) folds "/../" and "/%2e%2e/" at the root, so these
    // name root/etc/passwd, which does not exist and is answered 404 by the handler.
    for (const url of ['app://govbrief/../../etc/passwd', 'app://govbrief/%2e%2e/%2e%2e/etc/passwd']) {
      expect(resolveAppUrl(url, root)).toEqual({ ok: true, path: join(root, 'etc', 'passwd') });
    }
  });

  it('refuses other hosts and other schemes', () => {
    expect(resolveAppUrl('app://evil/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('app://govbrief.evil/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('app://govbrief:8080/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('app://user@evil/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('file:///etc/passwd', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('https://govbrief/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('apps://govbrief/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl('not a url', root).ok).toBe(false);
    expect(resolveAppUrl('app://govbrief/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
  });

  it('never returns the root folder itself, nor a sibling folder sharing its prefix', () => {
    // "/." is folded to "/" by the URL parser: index.html, not the folder.
    expect(resolveAppUrl('app://govbrief/.', root)).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppUrl('app://govbrief/assets/..', root)).toEqual({ ok: true, path: join(root, 'index.html') });
    const r = resolveAppUrl('app://govbrief/../renderer-evil/x.js', root);
    if (r.ok) expect(inside(r.path)).toBe(true);
  });

  it('isAppUrl accepts only app://govbrief', () => {
    expect(isAppUrl('app://govbrief/index.html')).toBe(true);
    expect(isAppUrl('app://govbrief')).toBe(true);
    for (const u of ['app://evil/', 'https://govbrief/', 'file:///', '', undefined, 'garbage'])
      expect(isAppUrl(u), String(u)).toBe(false);
  });
});

describe('property: whatever the path, a resolved file is inside the root', () => {
  const piece = fc.constantFrom(
    '..',
    '.',
    '/',
    '\\',
    '%2e',
    '%2E',
    '%2e%2e',
    '%2f',
    '%2F',
    '%5c',
    '%5C',
    '%25',
    '%252e',
    '%252f',
    '%00',
    '%',
    'a',
    'index.html',
    'assets',
    '字',
    '%E5%AD%97',
    '?',
    '#',
    ':',
    'C:',
    '//',
    ' ',
    '~',
  );
  const tricky = fc.array(piece, { maxLength: 16 }).map((ps) => ps.join(''));
  const anyText = fc.string({ unit: 'binary', maxLength: 64 });

  for (const [name, arb] of [
    ['built from traversal pieces', tricky],
    ['arbitrary unicode', anyText],
    ['mixed', fc.tuple(tricky, anyText, tricky).map(([a, b, c]) => a + b + c)],
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(arb, (path) => {
          const r = resolveAppUrl(`app://govbrief/${path}`, root);
          return !r.ok || inside(r.path);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('holds for a root given with a trailing separator or dot segments too', () => {
    fc.assert(
      fc.property(tricky, (path) => {
        const r = resolveAppUrl(`app://govbrief/${path}`, `${root}${sep}assets${sep}..${sep}`);
        return !r.ok || inside(r.path);
      }),
      { numRuns: 300 },
    );
  });
});
