/**
 * The app:// scheme: the renderer is served from app://govbrief/ (not file://, which would give
 * every page access to the disk), and only files inside the renderer's folder are served.
 */
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'govbrief';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The CSP every app page is served with (also set in index.html for the web build). */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export type AppPath = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file under root, refusing anything that could leave it: "..", encoded
 * or double-encoded separators and dots, backslashes, NUL bytes, other hosts.
 */
export function resolveAppUrl(url: string, root: string): AppPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  // The URL parser already resolved plain "../"; what is left is the encoded kind.
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (path.includes('\0') || path.includes('\\') || /%2e|%2f|%5c/i.test(path)) return { ok: false, status: 403 };
  const segments = path.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 };
  const rootAbs = resolve(root);
  const target = normalize(resolve(rootAbs, '.' + (path === '/' || path === '' ? '/index.html' : path)));
  const rel = relative(rootAbs, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
    return { ok: false, status: 403 };
  return { ok: true, path: target };
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ttf: 'font/ttf',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return TYPES[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** Whether a URL belongs to the app (for navigation guards and the IPC sender check). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
