// Side-by-side measurement: targets take turns (A, B, C, A, B, C...), so a noisy neighbour or
// thermal drift hits every target alike, and ratios are taken per round before the median.
import { runLoad, type LoadResult } from "./load.ts";
import { median, round1, round2 } from "./stats.ts";

export interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

export interface TargetSummary {
  /** Median over rounds. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  rounds: LoadResult[];
}

export interface RoundsResult {
  targets: Record<string, TargetSummary>;
  /** Median over rounds of (numerator req/s ÷ denominator req/s) within the same round. */
  ratio(numerator: string, denominator: string): number;
}

export async function alternatingRounds(
  targets: readonly Target[],
  options: {
    rounds: number;
    seconds: number;
    connections: number;
    warmupSeconds?: number;
  },
  progress: (line: string) => void,
): Promise<RoundsResult> {
  for (const target of targets) {
    await runLoad({
      url: target.url,
      connections: options.connections,
      seconds: options.warmupSeconds ?? 1,
      headers: target.headers ?? {},
    });
  }
  const perTarget = new Map<string, LoadResult[]>(
    targets.map((t) => [t.name, []]),
  );
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const target of targets) {
      const result = await runLoad({
        url: target.url,
        connections: options.connections,
        seconds: options.seconds,
        headers: target.headers ?? {},
      });
      perTarget.get(target.name)?.push(result);
      progress(
        `  round ${round}/${options.rounds} ${target.name}: ${Math.round(result.reqPerSec)} req/s, p99 ${result.p99Ms} ms`,
      );
    }
  }
  const summaries: Record<string, TargetSummary> = {};
  for (const [name, rounds] of perTarget) {
    summaries[name] = {
      reqPerSec: round1(median(rounds.map((r) => r.reqPerSec))),
      p50Ms: median(rounds.map((r) => r.p50Ms)),
      p99Ms: median(rounds.map((r) => r.p99Ms)),
      non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
      errors: rounds.reduce((sum, r) => sum + r.errors, 0),
      rounds,
    };
  }
  return {
    targets: summaries,
    ratio: (numerator, denominator) => {
      const a = perTarget.get(numerator) ?? [];
      const b = perTarget.get(denominator) ?? [];
      return round2(
        median(a.map((r, i) => r.reqPerSec / (b[i]?.reqPerSec ?? Number.NaN))),
      );
    },
  };
}
