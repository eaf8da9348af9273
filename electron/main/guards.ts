/**
 * Guards every window's web contents: no navigation away from the app, no new windows, no
 * webviews, and no permission except full screen for the app's own pages. Takes the Electron
 * objects as parameters so tests can pass fakes.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';

/** Permissions the app needs: full screen for the slideshow. Everything else is denied. */
const ALLOWED_PERMISSIONS = new Set(['fullscreen']);

export function allowPermission(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

export function guardWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function guardSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowPermission(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowPermission(permission, requestingOrigin),
  );
}
