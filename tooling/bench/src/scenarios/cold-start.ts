// 2. Cold start: spawn to the first 200 from /api/v1/health/ready, embedded and (when
// configured) PostgreSQL + Redis. Embedded runs start on a fresh, empty data directory.
import { fmtMs, type Row, type ScenarioResult } from "../report.ts";
import { startSlotted } from "../slotted-process.ts";
import { median, round1 } from "../stats.ts";
import type { ScenarioContext } from "./context.ts";

const runs = 3;

async function timeStarts(
  ctx: ScenarioContext,
  databaseUrl: string | undefined,
  redisUrl: string | undefined,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const server = await startSlotted(ctx.config, { databaseUrl, redisUrl });
    times.push(round1(server.readyMs));
    await server.stop();
  }
  return times;
}

export async function coldStart(ctx: ScenarioContext): Promise<ScenarioResult> {
  const rows: Row[] = [];
  const detail: Record<string, number[]> = {};
  const embedded = await timeStarts(ctx, undefined, undefined);
  detail.embeddedMs = embedded;
  ctx.progress(`  embedded: ${embedded.join(", ")} ms`);
  rows.push({
    measure: "cold start to ready, embedded (median of 3)",
    slotted: fmtMs(median(embedded)),
    reference: "target ≤ 2.5 s",
  });
  if (ctx.benchDatabaseUrl && ctx.config.redisUrl) {
    const external = await timeStarts(
      ctx,
      ctx.benchDatabaseUrl,
      ctx.config.redisUrl,
    );
    detail.postgresRedisMs = external;
    ctx.progress(`  PostgreSQL + Redis: ${external.join(", ")} ms`);
    rows.push({
      measure: "cold start to ready, PostgreSQL + Redis",
      slotted: fmtMs(median(external)),
      reference: "target ≤ 1 s",
    });
  } else {
    rows.push({
      measure: "cold start, PostgreSQL + Redis",
      slotted: "skipped: needs DATABASE_URL and REDIS_URL",
    });
  }
  return { name: "cold start", status: "ok", rows, detail };
}
