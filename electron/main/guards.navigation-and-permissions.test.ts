/**
 * The guards on every window's web contents and on the session, driven through fake Electron
 * objects: no navigation away from app://, no new windows or webviews, and no permission except
 * full screen for the app's own pages.
 */
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { allowPermission, guardSession, guardWebContents } from './guards';

type Listener = (event: { preventDefault(): void; defaultPrevented: boolean }, ...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  /** Emits an event as Electron would; returns whether a listener prevented the default. */
  const emit = (event: string, ...args: unknown[]): boolean => {
    const e = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const l of listeners.get(event) ?? []) l(e, ...args);
    return e.defaultPrevented;
  };
  return {
    contents: contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
    emit,
    openWindow: (url: string) => openHandler?.({ url }),
    listeners,
  };
}

describe('guardWebContents', () => {
  const guarded = () => {
    const f = fakeContents();
    guardWebContents(f.contents);
    return f;
  };

  it('prevents navigating to another site', () => {
    const { emit } = guarded();
    expect(emit('will-navigate', 'https://example.com')).toBe(true);
    expect(emit('will-navigate', 'https://example.com/app://govbrief/index.html')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(emit('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(emit('will-navigate', 'not a url')).toBe(true);
  });

  it("allows navigation inside the app's own origin", () => {
    const { emit } = guarded();
    expect(emit('will-navigate', 'app://govbrief/index.html')).toBe(false);
    expect(emit('will-navigate', 'app://govbrief/index.html#/show')).toBe(false);
  });

  it('prevents redirects away from the app', () => {
    const { emit } = guarded();
    expect(emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(emit('will-redirect', 'app://govbrief/index.html')).toBe(false);
  });

  it('denies every new window (window.open, target=_blank, middle-click)', () => {
    const { openWindow } = guarded();
    for (const url of ['https://example.com', 'app://govbrief/index.html', 'about:blank', 'file:///'])
      expect(openWindow(url)).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview', {}, { src: 'https://example.com' })).toBe(true);
  });
});

describe('guardSession (permissions)', () => {
  function guardedSession() {
    let request:
      | ((
          contents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
          details: { requestingUrl?: string },
        ) => void)
      | undefined;
    let check: ((contents: unknown, permission: string, requestingOrigin: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as unknown as Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
    guardSession(session);
    return {
      request(permission: string, requestingUrl: string | undefined): boolean {
        let granted: boolean | undefined;
        request!(null, permission, (g) => (granted = g), requestingUrl === undefined ? {} : { requestingUrl });
        expect(granted, 'the request handler must answer').toBeTypeOf('boolean');
        return granted!;
      },
      check: (permission: string, origin: string) => check!(null, permission, origin),
    };
  }

  it('grants full screen to app:// pages', () => {
    const s = guardedSession();
    expect(s.request('fullscreen', 'app://govbrief/index.html#/show')).toBe(true);
    expect(s.check('fullscreen', 'app://govbrief')).toBe(true);
  });

  it('denies full screen to a foreign origin (or an unknown one)', () => {
    const s = guardedSession();
    expect(s.request('fullscreen', 'https://evil.example/')).toBe(false);
    expect(s.request('fullscreen', 'app://evil/index.html')).toBe(false);
    expect(s.request('fullscreen', 'file:///tmp/x.html')).toBe(false);
    expect(s.request('fullscreen', undefined)).toBe(false);
    expect(s.check('fullscreen', 'https://evil.example')).toBe(false);
    expect(s.check('fullscreen', '')).toBe(false);
  });

  it('denies media, geolocation, notifications and the rest, even to app:// pages', () => {
    const s = guardedSession();
    const denied = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'openExternal',
      'clipboard-read',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'unknown',
    ];
    for (const p of denied) {
      expect(s.request(p, 'app://govbrief/index.html'), p).toBe(false);
      expect(s.check(p, 'app://govbrief'), p).toBe(false);
      expect(s.request(p, 'https://evil.example/'), p).toBe(false);
    }
  });

  it('allowPermission is the single rule', () => {
    expect(allowPermission('fullscreen', 'app://govbrief/')).toBe(true);
    expect(allowPermission('fullscreen', 'app://govbrief.evil.example/')).toBe(false);
    expect(allowPermission('fullscreen', 'app://x@evil/')).toBe(false);
    expect(allowPermission('media', 'app://govbrief/')).toBe(false);
  });
});
