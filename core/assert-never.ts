/**
 * The end of an exhaustive switch over a discriminated union: a compile error when a new kind is
 * added and a switch does not handle it, and a clear error if an unknown kind arrives at run time.
 */
export function assertNever(value: never, what = 'kind'): never {
  const kind = (value as { kind?: unknown } | null)?.kind;
  throw new Error(`unexpected ${what}: ${JSON.stringify(kind ?? value)}`);
}
