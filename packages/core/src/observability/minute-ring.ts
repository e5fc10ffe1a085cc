import { TrafficStats, trafficPoint, type TrafficPoint } from "./traffic-stats.ts";

const minuteMs = 60_000;

interface Slot {
  /** Epoch minute (ms since epoch / 60 000) this slot currently holds. */
  minute: number;
  overall: TrafficStats;
  procedures: Map<string, TrafficStats>;
}

export interface SeriesPoint extends TrafficPoint {
  /** ISO start of the minute. */
  minute: string;
}

export interface TrafficSeries {
  totals: TrafficPoint;
  series: SeriesPoint[];
}

export interface TrafficWindow {
  windowMinutes: number;
  resolutionSeconds: number;
  from: string;
  to: string;
  overall: TrafficSeries;
  procedures: (TrafficSeries & { path: string })[];
}

export interface MinuteRingOptions {
  minutes?: number;
  /** Keys kept per minute, "other" included; more procedures fold into "other" (paths are router-defined, so this is a safety net). */
  maxProcedures?: number;
  now?: () => number;
}

/**
 * The last N minutes of traffic at one-minute resolution, in a fixed ring of N slots: a slot is
 * reused when its minute comes round again, so memory is bounded by N × procedures × sketch size
 * whatever the traffic.
 */
export class MinuteRing {
  private readonly slots: (Slot | undefined)[];
  private readonly minutes: number;
  private readonly maxProcedures: number;
  private readonly now: () => number;

  constructor(options: MinuteRingOptions = {}) {
    this.minutes = options.minutes ?? 60;
    this.maxProcedures = options.maxProcedures ?? 200;
    this.now = options.now ?? Date.now;
    this.slots = new Array<Slot | undefined>(this.minutes).fill(undefined);
  }

  /** An HTTP request (overall traffic). */
  recordRequest(status: number, durationMs: number): void {
    this.slot().overall.record(status, durationMs);
  }

  /** One procedure call (a tRPC batch makes several). */
  recordCall(path: string, status: number, durationMs: number): void {
    const { procedures } = this.slot();
    let stats = procedures.get(path);
    if (!stats) {
      // The last place is kept for "other".
      const key = procedures.size >= this.maxProcedures - 1 ? "other" : path;
      stats = procedures.get(key) ?? new TrafficStats();
      procedures.set(key, stats);
    }
    stats.record(status, durationMs);
  }

  /** Every minute of the window, oldest first, the current (partial) minute last. */
  snapshot(): TrafficWindow {
    const current = Math.floor(this.now() / minuteMs);
    const first = current - this.minutes + 1;
    const minutes = Array.from({ length: this.minutes }, (_, i) => first + i);
    const live = (minute: number) => {
      const slot = this.slots[minute % this.minutes];
      return slot && slot.minute === minute ? slot : undefined;
    };

    const paths = new Set<string>();
    for (const minute of minutes) for (const path of live(minute)?.procedures.keys() ?? []) paths.add(path);

    const seriesOf = (pick: (slot: Slot | undefined) => TrafficStats | undefined): TrafficSeries => {
      const total = new TrafficStats();
      const series = minutes.map((minute) => {
        const stats = pick(live(minute));
        if (stats) total.merge(stats);
        return { minute: new Date(minute * minuteMs).toISOString(), ...trafficPoint(stats, 60) };
      });
      return { totals: trafficPoint(total, this.minutes * 60), series };
    };

    return {
      windowMinutes: this.minutes,
      resolutionSeconds: minuteMs / 1000,
      from: new Date(first * minuteMs).toISOString(),
      to: new Date((current + 1) * minuteMs).toISOString(),
      overall: seriesOf((slot) => slot?.overall),
      procedures: [...paths].sort().map((path) => ({ path, ...seriesOf((slot) => slot?.procedures.get(path)) })),
    };
  }

  private slot(): Slot {
    const minute = Math.floor(this.now() / minuteMs);
    const index = minute % this.minutes;
    const existing = this.slots[index];
    if (existing && existing.minute === minute) return existing;
    const fresh: Slot = { minute, overall: new TrafficStats(), procedures: new Map() };
    this.slots[index] = fresh;
    return fresh;
  }
}
