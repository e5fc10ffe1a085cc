import { queryShape } from "./query-shape.ts";

export interface QueryShapeStat {
  shape: string;
  count: number;
  maxMs: number;
  avgMs: number;
  totalMs: number;
  lastSeenAt: string;
}

interface Entry {
  count: number;
  totalMs: number;
  maxMs: number;
  lastSeen: number;
}

/**
 * Per query shape: how often it ran and how slow it was. Holds at most `maxShapes` shapes; when
 * full, a new shape displaces the one with the lowest maximum (it would never rank as slowest).
 * Parameters are never received, only the SQL text with its placeholders.
 */
export class QueryShapeLog {
  private readonly entries = new Map<string, Entry>();
  private readonly maxShapes: number;
  private readonly now: () => number;

  constructor(options: { maxShapes?: number; now?: () => number } = {}) {
    this.maxShapes = options.maxShapes ?? 500;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  record(sql: string, durationMs: number): void {
    const shape = queryShape(sql);
    const ms = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
    const entry = this.entries.get(shape);
    if (entry) {
      entry.count++;
      entry.totalMs += ms;
      entry.maxMs = Math.max(entry.maxMs, ms);
      entry.lastSeen = this.now();
      return;
    }
    if (this.entries.size >= this.maxShapes && !this.evictFasterThan(ms)) return;
    this.entries.set(shape, { count: 1, totalMs: ms, maxMs: ms, lastSeen: this.now() });
  }

  /** The slowest shapes by their worst run, slowest first. */
  slowest(limit: number): QueryShapeStat[] {
    const round = (value: number) => Math.round(value * 100) / 100;
    return [...this.entries]
      .sort(([, a], [, b]) => b.maxMs - a.maxMs)
      .slice(0, limit)
      .map(([shape, entry]) => ({
        shape,
        count: entry.count,
        maxMs: round(entry.maxMs),
        avgMs: round(entry.totalMs / entry.count),
        totalMs: round(entry.totalMs),
        lastSeenAt: new Date(entry.lastSeen).toISOString(),
      }));
  }

  private evictFasterThan(ms: number): boolean {
    let fastest: string | undefined;
    let fastestMs = Number.POSITIVE_INFINITY;
    for (const [shape, entry] of this.entries) {
      if (entry.maxMs < fastestMs) {
        fastest = shape;
        fastestMs = entry.maxMs;
      }
    }
    if (fastest === undefined || fastestMs > ms) return false;
    this.entries.delete(fastest);
    return true;
  }
}
