import { describe, expect, it } from 'vitest';
import { countdown, hhmmss, WIND_UP_MS } from './countdown';

describe('the countdown to the target length', () => {
  it('is not shown for an untimed talk', () => {
    expect(countdown(5_000, undefined)).toEqual({ kind: 'untimed' });
  });
  it('counts down what is left, amber in the last minutes', () => {
    expect(countdown(60_000, 10)).toEqual({ kind: 'left', ms: 9 * 60_000, windUp: false });
    expect(countdown(10 * 60_000 - WIND_UP_MS, 10)).toMatchObject({ kind: 'left', windUp: true });
  });
  it('counts overtime once the target has passed', () => {
    expect(countdown(11 * 60_000 + 5_000, 10)).toEqual({ kind: 'over', ms: 65_000 });
  });
  it('formats as hh:mm:ss, time left rounded up', () => {
    expect(hhmmss(3_725_400)).toBe('01:02:05');
    expect(hhmmss(500, 'up')).toBe('00:00:01');
  });
});
