/**
 * IPC registration: every handler checks that the call comes from one of the app's own frames,
 * that a channel only the editor uses is called from the editor window, and validates the
 * payload with the contract's zod schema before it runs. A foreign, misdirected or malformed
 * call is refused with an error (the renderer sees a rejected promise), and logged.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { INVOKE, type InvokeChannel } from '../shared/channels';
import { type PayloadOf, Payloads } from './payloads';
import { isAppUrl } from './app-url';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export type Handlers = { [C in InvokeChannel]: (payload: PayloadOf<C>, event: IpcMainInvokeEvent) => unknown };

/** The sender must be a frame of ours showing an app:// page (not a navigated-away or foreign frame). */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  extraOrigins: readonly string[] = [],
): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  if (isAppUrl(url)) return true;
  // In development the renderer comes from electron-vite's dev server on localhost. Compared by
  // origin: a prefix test would let http://localhost:5173.evil.example through.
  const origin = originOf(url);
  return origin !== undefined && extraOrigins.some((o) => originOf(o) === origin);
}

function originOf(url: string): string | undefined {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}

export class IpcRefused extends Error {}

/**
 * The channels the show windows (show, audience, presenter view) use: they load the same app://
 * page as the editor, and take part in the show only. Every other channel is the editor's
 * (report files and the launch file, exports, briefings and the autosave, revealing files, the
 * settings notice): refused from any other window, so a new channel is the editor's unless it is
 * listed here on purpose.
 */
export const SHOW_WINDOW_CHANNELS: ReadonlySet<InvokeChannel> = new Set([
  INVOKE.showPublish,
  INVOKE.showStart,
  INVOKE.showEnd,
  INVOKE.openAudience,
]);

export interface IpcOptions {
  /** Whether the sender is the editor (the main window's web contents); false when it is closed. */
  isEditor(sender: Pick<IpcMainInvokeEvent['sender'], 'id'>): boolean;
  /** Origins trusted besides app:// (electron-vite's dev server, in development). */
  extraOrigins?: readonly string[];
  log?: (msg: string) => void;
}

export function registerIpc(ipc: IpcMainLike, handlers: Handlers, options: IpcOptions): void {
  const log = options.log ?? (() => {});
  for (const channel of Object.keys(Payloads) as InvokeChannel[]) {
    const schema = Payloads[channel];
    const handler = handlers[channel] as (payload: unknown, event: IpcMainInvokeEvent) => unknown;
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event, options.extraOrigins)) {
        log(`refused ${channel}: untrusted sender ${event.senderFrame?.url ?? '(none)'}`);
        throw new IpcRefused(`refused: untrusted sender`);
      }
      if (!SHOW_WINDOW_CHANNELS.has(channel) && !options.isEditor(event.sender)) {
        log(`refused ${channel}: not the editor window`);
        throw new IpcRefused('refused: not the editor window');
      }
      if (args.length > 1) {
        log(`refused ${channel}: too many arguments`);
        throw new IpcRefused('refused: malformed payload');
      }
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        log(`refused ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        throw new IpcRefused('refused: malformed payload');
      }
      return handler(parsed.data, event);
    });
  }
}
