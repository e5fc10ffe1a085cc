// 1. health.live through /trpc: Slotted against the tRPC floor and bare express.
import { startReference } from "../references/start.ts";
import { fmtInt, fmtMs, fmtRatio, type ScenarioResult } from "../report.ts";
import { alternatingRounds } from "../rounds.ts";
import type { ServerProcess } from "../server-process.ts";
import { startSlotted } from "../slotted-process.ts";
import type { ScenarioContext } from "./context.ts";

export async function healthLive(
  ctx: ScenarioContext,
): Promise<ScenarioResult> {
  const { config } = ctx;
  const servers: ServerProcess[] = [];
  try {
    const slotted = await startSlotted(config, {
      databaseUrl: ctx.benchDatabaseUrl,
      redisUrl: config.redisUrl,
      profile: true,
    });
    servers.push(slotted);
    const floor = await startReference("floor-server", "/trpc/health.live");
    servers.push(floor);
    const bare = await startReference("bare-server", "/trpc/health.live");
    servers.push(bare);
    const path = "/trpc/health.live";
    const result = await alternatingRounds(
      [
        { name: "slotted", url: `${slotted.url}${path}` },
        { name: "floor", url: `${floor.url}${path}` },
        { name: "bare", url: `${bare.url}${path}` },
      ],
      {
        rounds: config.rounds,
        seconds: config.seconds,
        connections: config.connections,
      },
      ctx.progress,
    );
    const t = result.targets;
    const s = t.slotted;
    const f = t.floor;
    const b = t.bare;
    if (!s || !f || !b) throw new Error("a target produced no rounds");
    const failures =
      s.non2xx + s.errors + f.non2xx + f.errors + b.non2xx + b.errors;
    return {
      name: "health.live",
      status: "ok",
      ...(failures > 0
        ? { note: `FAIL: ${failures} non-2xx answers or errors (see JSON)` }
        : {}),
      rows: [
        {
          measure: "health.live via /trpc (req/s, p99)",
          slotted: `${fmtInt(s.reqPerSec)} req/s, p99 ${fmtMs(s.p99Ms)}`,
          reference: `floor: ${fmtInt(f.reqPerSec)} req/s, p99 ${fmtMs(f.p99Ms)}`,
          ratio: `${fmtRatio(result.ratio("slotted", "floor"))} the floor`,
        },
        {
          measure: "health.live, same",
          slotted: "",
          reference: `bare express: ${fmtInt(b.reqPerSec)} req/s, p99 ${fmtMs(b.p99Ms)}`,
          ratio: `${fmtRatio(result.ratio("slotted", "bare"))} bare`,
        },
      ],
      detail: {
        connections: config.connections,
        rounds: config.rounds,
        seconds: config.seconds,
        targets: t,
        ratioSlottedToFloor: result.ratio("slotted", "floor"),
        ratioSlottedToBare: result.ratio("slotted", "bare"),
        target: "≥ 0.85× the floor",
      },
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
