// 3. 200 customers book the same slot (capacity 40) at once: exactly 40 must be created, the
// rest refused with 409, and the slowest answers show how long the date's lock queue gets.
import { performance } from "node:perf_hooks";
import {
  beyondSeededDays,
  bookableDaysAhead,
  createBooking,
  daysFromToday,
  registerCustomer,
} from "../api-client.ts";
import { fmtMs, type ScenarioResult } from "../report.ts";
import { startSlotted } from "../slotted-process.ts";
import { percentile, round1 } from "../stats.ts";
import type { ScenarioContext } from "./context.ts";

const customers = 200;
const capacity = 40;

async function inBatches<T>(
  count: number,
  batch: number,
  make: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += batch) {
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(batch, count - start) }, (_, k) =>
          make(start + k),
        ),
      )),
    );
  }
  return out;
}

export async function concurrentCreates(
  ctx: ScenarioContext,
): Promise<ScenarioResult> {
  const server = await startSlotted(ctx.config, {
    databaseUrl: ctx.benchDatabaseUrl,
    redisUrl: ctx.config.redisUrl,
    profile: true,
    env: {
      BOOKING_SLOT_CAPACITY: String(capacity),
      RATE_LIMIT_ENABLED: "false",
      BOOKING_MAX_DAYS_AHEAD: String(bookableDaysAhead),
    },
  });
  try {
    const tag = `${Date.now().toString(36)}-${process.pid}`;
    // Registration hashes passwords (argon2id): batches keep it from timing out.
    const tokens = await inBatches(customers, 10, (i) =>
      registerCustomer(server.url, `bench-slot-${tag}-${i}@example.test`),
    );
    ctx.progress(`  registered ${tokens.length} customers`);
    const slot = { date: daysFromToday(beyondSeededDays + 200), time: "20:00" };
    const started = performance.now();
    const answers = await Promise.all(
      tokens.map((token) => createBooking(server.url, token, slot)),
    );
    const wallMs = performance.now() - started;
    const created = answers.filter((a) => a.status === 201).length;
    const conflicts = answers.filter((a) => a.status === 409).length;
    const other = answers.filter((a) => a.status !== 201 && a.status !== 409);
    const p99 = percentile(
      answers.map((a) => a.ms),
      99,
    );
    const correct = created === capacity && conflicts === customers - capacity;
    const otherStatuses = [...new Set(other.map((a) => a.status))].join(", ");
    return {
      name: "200 concurrent creates",
      status: "ok",
      ...(correct
        ? {}
        : {
            note: `FAIL: expected ${capacity} created and ${customers - capacity} × 409`,
          }),
      rows: [
        {
          measure: `${customers} concurrent creates on one slot (capacity ${capacity})`,
          slotted: `${correct ? "correct" : "FAIL"}: ${created} created, ${conflicts} × 409${other.length ? `, ${other.length} other (${otherStatuses})` : ""}; wall ${fmtMs(wallMs)}, p99 ${fmtMs(p99)}`,
          reference: "target p99 ≤ 300 ms",
        },
      ],
      detail: {
        created,
        conflicts,
        other: other.map((a) => ({ status: a.status, body: a.body })),
        wallMs: round1(wallMs),
        p99Ms: round1(p99),
        slot,
        correct,
      },
    };
  } finally {
    await server.stop();
  }
}
