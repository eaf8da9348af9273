import { describe, expect, it } from 'vitest';
import { assertNever } from './assert-never';

describe('assertNever', () => {
  it('names the unexpected kind that reached an exhaustive switch', () => {
    expect(() => assertNever({ kind: 'hologram' } as never, 'element kind')).toThrow(
      'unexpected element kind: "hologram"',
    );
  });
});
