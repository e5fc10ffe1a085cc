import { monitorEventLoopDelay, performance, type EventLoopUtilization } from "node:perf_hooks";

export interface EventLoopStats {
  /** Event-loop delay percentiles over the window, in ms (null before the first sample). */
  delayP50Ms: number | null;
  delayP99Ms: number | null;
  delayMaxMs: number | null;
  /** Share of the window the loop spent busy (0..1). */
  utilization: number;
  /** How long the reported window is. */
  windowSeconds: number;
}

export interface EventLoopMonitor {
  stats(): EventLoopStats;
  close(): void;
}

const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;

/**
 * Event-loop delay (sampled every 10 ms) and utilisation over a rolling window: the window restarts
 * every `windowMs`, and the previous window is reported until the new one has samples, so the
 * numbers describe the last minute or so rather than the whole life of the process.
 */
export function createEventLoopMonitor(options: { windowMs?: number } = {}): EventLoopMonitor {
  const windowMs = options.windowMs ?? 60_000;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let windowStart = performance.now();
  let utilizationStart: EventLoopUtilization = performance.eventLoopUtilization();
  let previous: EventLoopStats | undefined;

  const measure = (): EventLoopStats => {
    const sampled = histogram.count > 0;
    return {
      delayP50Ms: sampled ? ms(histogram.percentile(50)) : null,
      delayP99Ms: sampled ? ms(histogram.percentile(99)) : null,
      delayMaxMs: sampled ? ms(histogram.max) : null,
      utilization: Math.round(performance.eventLoopUtilization(utilizationStart).utilization * 1e4) / 1e4,
      windowSeconds: Math.round((performance.now() - windowStart) / 100) / 10,
    };
  };

  const timer = setInterval(() => {
    previous = measure();
    histogram.reset();
    windowStart = performance.now();
    utilizationStart = performance.eventLoopUtilization();
  }, windowMs);
  timer.unref();

  return {
    stats: () => (histogram.count === 0 && previous ? previous : measure()),
    close: () => {
      clearInterval(timer);
      histogram.disable();
    },
  };
}
