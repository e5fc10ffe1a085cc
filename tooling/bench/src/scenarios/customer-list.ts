// 4. A customer's GET /api/v1/bookings (bearer session, 20 rows, exact total) on the seeded
// database, against a hand-written express + pg handler doing the same SQL work.
import { isDeepStrictEqual } from "node:util";
import {
  beyondSeededDays,
  bookableDaysAhead,
  call,
  createBooking,
  daysFromToday,
  registerCustomer,
} from "../api-client.ts";
import { startReference } from "../references/start.ts";
import { fmtInt, fmtMs, fmtRatio, type ScenarioResult } from "../report.ts";
import { alternatingRounds } from "../rounds.ts";
import type { ServerProcess } from "../server-process.ts";
import { startSlotted } from "../slotted-process.ts";
import type { ScenarioContext } from "./context.ts";

/** Limiting stays on (its cost is part of every request) with limits no run can reach. */
export const unreachableRateLimits = {
  RATE_LIMIT_ENABLED: "true",
  RATE_LIMIT_DEFAULT_PER_MINUTE: "1000000",
  RATE_LIMIT_DEFAULT_PER_HOUR: "100000000",
  RATE_LIMIT_AUTH_PER_MINUTE: "1000000",
  RATE_LIMIT_AUTH_PER_HOUR: "100000000",
  RATE_LIMIT_BOOKING_WRITE_PER_MINUTE: "1000000",
  RATE_LIMIT_BOOKING_WRITE_PER_HOUR: "100000000",
};

const ownBookings = 25;

export async function customerList(
  ctx: ScenarioContext,
): Promise<ScenarioResult> {
  const databaseUrl = ctx.benchDatabaseUrl;
  if (!databaseUrl)
    return {
      name: "customer bookings.list",
      status: "skipped",
      note: "needs DATABASE_URL (PostgreSQL)",
      rows: [],
    };
  const servers: ServerProcess[] = [];
  try {
    const slotted = await startSlotted(ctx.config, {
      databaseUrl,
      redisUrl: ctx.config.redisUrl,
      profile: true,
      env: {
        ...unreachableRateLimits,
        BOOKING_MAX_DAYS_AHEAD: String(bookableDaysAhead),
      },
    });
    servers.push(slotted);
    const token = await registerCustomer(
      slotted.url,
      `bench-list-${Date.now().toString(36)}@example.test`,
    );
    for (let i = 0; i < ownBookings; i += 1) {
      const res = await createBooking(slotted.url, token, {
        date: daysFromToday(beyondSeededDays + i),
        time: "12:00",
      });
      if (res.status !== 201)
        throw new Error(
          `creating a booking answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
        );
    }
    const reference = await startReference("express-pg-server", "/ready", {
      DATABASE_URL: databaseUrl,
    });
    servers.push(reference);

    const path = "/api/v1/bookings";
    const fromSlotted = await call<{ total?: number; items?: unknown[] }>(
      `${slotted.url}${path}`,
      { token },
    );
    const fromReference = await call(`${reference.url}${path}`, { token });
    if (
      fromSlotted.status !== 200 ||
      fromSlotted.body.total !== ownBookings ||
      fromSlotted.body.items?.length !== 20
    ) {
      throw new Error(
        `Slotted's list answered ${fromSlotted.status} without 20 of ${ownBookings} rows: ${JSON.stringify(fromSlotted.body).slice(0, 300)}`,
      );
    }
    const sameBody = isDeepStrictEqual(fromSlotted.body, fromReference.body);

    const headers = { authorization: `Bearer ${token}` };
    const result = await alternatingRounds(
      [
        { name: "slotted", url: `${slotted.url}${path}`, headers },
        { name: "express-pg", url: `${reference.url}${path}`, headers },
      ],
      {
        rounds: ctx.config.rounds,
        seconds: ctx.config.seconds,
        connections: ctx.config.connections,
      },
      ctx.progress,
    );
    const s = result.targets.slotted;
    const r = result.targets["express-pg"];
    if (!s || !r) throw new Error("a target produced no rounds");
    const failures = s.non2xx + s.errors + r.non2xx + r.errors;
    const notes = [
      ...(sameBody
        ? []
        : ["the reference's JSON differs from Slotted's (see JSON)"]),
      ...(failures > 0 ? [`FAIL: ${failures} non-2xx answers or errors`] : []),
    ];
    return {
      name: "customer bookings.list",
      status: "ok",
      ...(notes.length ? { note: notes.join("; ") } : {}),
      rows: [
        {
          measure: `customer GET /api/v1/bookings (20 of ${ownBookings}, ${fmtInt(ctx.config.scale)} bookings)`,
          slotted: `${fmtInt(s.reqPerSec)} req/s, p99 ${fmtMs(s.p99Ms)}`,
          reference: `express + pg: ${fmtInt(r.reqPerSec)} req/s, p99 ${fmtMs(r.p99Ms)}`,
          ratio: fmtRatio(result.ratio("slotted", "express-pg")),
        },
      ],
      detail: {
        scale: ctx.config.scale,
        targets: result.targets,
        ratio: result.ratio("slotted", "express-pg"),
        sameBody,
        ...(sameBody
          ? {}
          : {
              slottedBody: fromSlotted.body,
              referenceBody: fromReference.body,
            }),
        target: "≥ 0.5× express + pg, p99 ≤ 100 ms",
      },
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
