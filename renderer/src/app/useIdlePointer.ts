// The pointer hides over a show once it has not moved for a while (as in PowerPoint), and comes
// back as soon as it moves.
import { useEffect, useState } from 'react';

export const POINTER_IDLE_MS = 2000;

/** Whether the pointer has been still for POINTER_IDLE_MS (it starts hidden). */
export function useIdlePointer(enabled = true): boolean {
  const [idle, setIdle] = useState(true);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), POINTER_IDLE_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
      clearTimeout(timer);
    };
  }, [enabled]);
  return enabled && idle;
}
