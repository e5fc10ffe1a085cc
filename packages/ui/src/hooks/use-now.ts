import { useEffect, useState } from "react";

/**
 * The current time (epoch ms), re-rendering every `intervalMs`. With `stopAt` (epoch ms) it stops
 * ticking once that moment has passed, so a finished countdown costs nothing.
 */
export function useNow(intervalMs = 1000, stopAt?: number): number {
  const [now, setNow] = useState(() => Date.now());
  const running = stopAt === undefined || now < stopAt;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, intervalMs);
    return () => {
      clearInterval(timer);
    };
  }, [intervalMs, running]);

  return now;
}
