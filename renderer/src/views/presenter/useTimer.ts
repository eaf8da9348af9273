// The presenter's stopwatch: elapsed time since the show started, with pause and reset.
import { useEffect, useState } from 'react';

const TICK_MS = 500;

export interface Timer {
  elapsed: number;
  now: number;
  paused: boolean;
  toggle(): void;
  reset(): void;
}

export function useTimer(): Timer {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, []);
  return {
    elapsed: (pausedAt ?? now) - startedAt,
    now,
    paused: pausedAt !== undefined,
    toggle: () => {
      if (pausedAt === undefined) setPausedAt(Date.now());
      else {
        setStartedAt((s) => s + (Date.now() - pausedAt));
        setPausedAt(undefined);
      }
    },
    reset: () => {
      setStartedAt(Date.now());
      setPausedAt((p) => (p === undefined ? undefined : Date.now()));
    },
  };
}
