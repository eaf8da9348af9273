/**
 * The presenter's countdown to the talk's target length: time left, or how far over. Pure, so
 * the colour rule is tested without a clock.
 */

/** In the last minutes the countdown turns amber: time to wind up. */
export const WIND_UP_MS = 2 * 60_000;

export type Countdown =
  { kind: 'untimed' } | { kind: 'left'; ms: number; windUp: boolean } | { kind: 'over'; ms: number };

export function countdown(elapsedMs: number, targetMinutes: number | undefined): Countdown {
  if (!targetMinutes) return { kind: 'untimed' };
  const left = targetMinutes * 60_000 - elapsedMs;
  if (left < 0) return { kind: 'over', ms: -left };
  return { kind: 'left', ms: left, windUp: left <= WIND_UP_MS };
}

/** h:mm:ss as a clock shows it, whole seconds (time left rounds up: 0:00:00 only at the end). */
export function hhmmss(ms: number, round: 'down' | 'up' = 'down'): string {
  const s = round === 'up' ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}
