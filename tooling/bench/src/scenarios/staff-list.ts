// 5. Staff GET /api/v1/admin/bookings: the first page, a deep one by number (page = scale / 40,
// the middle of the list), the last page by number, and the page after the deep one by its
// cursor, one request at a time, plus EXPLAIN (ANALYZE, BUFFERS) of the list queries. The SQL is
// written to match what the list functions ask Prisma for.
import { call, login } from "../api-client.ts";
import { withClient } from "../database.ts";
import { fmtInt, fmtMs, type Row, type ScenarioResult } from "../report.ts";
import { startSlotted } from "../slotted-process.ts";
import { percentile, round1 } from "../stats.ts";
import type { ScenarioContext } from "./context.ts";
import { unreachableRateLimits } from "./customer-list.ts";

const samples = 30;
const warmup = 3;
const adminEmail = "bench-admin@example.test";
const adminPassword = "bench-admin-lantern-orbit-42";

async function timePage(
  url: string,
  token: string,
): Promise<{ p50Ms: number; p95Ms: number; total: unknown; nextCursor: string | null }> {
  const times: number[] = [];
  let total: unknown;
  let nextCursor: string | null = null;
  for (let i = 0; i < warmup + samples; i += 1) {
    const res = await call<{ total?: number; nextCursor?: string | null }>(url, { token });
    if (res.status !== 200)
      throw new Error(
        `${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    total = res.body.total;
    nextCursor = res.body.nextCursor ?? null;
    if (i >= warmup) times.push(res.ms);
  }
  return {
    p50Ms: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    total,
    nextCursor,
  };
}

const allStatuses = ["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"];

const bookingColumns =
  "id, reference, customer_id, date, start_minute, duration_minutes, party_size, status, contact_name, contact_email, contact_phone, special_requests, internal_notes, cancelled_at, cancel_reason, version, created_at, updated_at";

async function explainListQueries(
  databaseUrl: string,
  deepPage: number,
): Promise<Record<string, string>> {
  return withClient(databaseUrl, async (client) => {
    const busiest = await client.query<{ customer_id: string }>(
      "SELECT customer_id FROM bookings GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1",
    );
    const customerId =
      busiest.rows[0]?.customer_id ?? "00000000-0000-0000-0000-000000000000";
    // The day the deep page starts on, as the list locates it from the counters.
    const located = await client.query<{ date: string }>(
      "SELECT to_char(date, 'YYYY-MM-DD') AS date FROM (SELECT date, sum(sum(bookings)) OVER (ORDER BY date) AS upto FROM booking_day_counts GROUP BY date) d WHERE upto > $1 ORDER BY date LIMIT 1",
      [(deepPage - 1) * 20],
    );
    const deepDay = located.rows[0]?.date ?? "2026-01-01";
    const deepMonth = `${deepDay.slice(0, 7)}-01`;
    const queries: Record<string, [string, unknown[]]> = {
      customerCount: [
        "SELECT count(*) FROM bookings WHERE customer_id = $1",
        [customerId],
      ],
      customerPage: [
        `SELECT ${bookingColumns} FROM bookings WHERE customer_id = $1 ORDER BY date, start_minute, id LIMIT 20 OFFSET 0`,
        [customerId],
      ],
      // The total: whole months from the month counters (days only at partial-month edges).
      staffTotal: [
        "SELECT month, sum(bookings) FROM booking_month_counts WHERE status = ANY($1::\"BookingStatus\"[]) GROUP BY month ORDER BY month",
        [allStatuses],
      ],
      // The deep page's month opened day by day, then the page read from that day on.
      staffDeepPageDays: [
        "SELECT date, sum(bookings) FROM booking_day_counts WHERE status = ANY($1::\"BookingStatus\"[]) AND date >= $2 AND date <= $3 GROUP BY date ORDER BY date",
        [allStatuses, deepMonth, `${deepMonth.slice(0, 8)}28`],
      ],
      staffFirstPage: [
        `SELECT ${bookingColumns} FROM bookings ORDER BY date, start_minute, id LIMIT 21 OFFSET 0`,
        [],
      ],
      staffDeepPage: [
        `SELECT ${bookingColumns} FROM bookings WHERE date >= $1 ORDER BY date, start_minute, id LIMIT 21 OFFSET 10`,
        [deepDay],
      ],
      // Keyset: the rows after a (date, start_minute, id) key.
      staffCursorPage: [
        `SELECT ${bookingColumns} FROM bookings WHERE date >= $1 AND (date > $1 OR (date = $1 AND start_minute > 720) OR (date = $1 AND start_minute = 720 AND id > '00000000-0000-0000-0000-000000000000')) ORDER BY date, start_minute, id LIMIT 21`,
        [deepDay],
      ],
    };
    const plans: Record<string, string> = {};
    for (const [name, [sql, params]] of Object.entries(queries)) {
      const result = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        params,
      );
      plans[name] =
        `${sql}\n${result.rows.map((r) => r["QUERY PLAN"]).join("\n")}`;
    }
    return plans;
  });
}

export async function staffList(ctx: ScenarioContext): Promise<ScenarioResult> {
  const databaseUrl = ctx.benchDatabaseUrl;
  if (!databaseUrl)
    return {
      name: "staff bookings list",
      status: "skipped",
      note: "needs DATABASE_URL (PostgreSQL)",
      rows: [],
    };
  const deepPage = Math.min(
    100_000,
    Math.max(2, Math.floor(ctx.config.scale / 40)),
  );
  const server = await startSlotted(ctx.config, {
    databaseUrl,
    redisUrl: ctx.config.redisUrl,
    env: {
      ...unreachableRateLimits,
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
    },
  });
  try {
    const token = await login(server.url, adminEmail, adminPassword);
    const first = await timePage(
      `${server.url}/api/v1/admin/bookings?page=1`,
      token,
    );
    ctx.progress(`  first page: p50 ${first.p50Ms} ms, p95 ${first.p95Ms} ms`);
    const deep = await timePage(
      `${server.url}/api/v1/admin/bookings?page=${deepPage}`,
      token,
    );
    ctx.progress(
      `  page ${deepPage}: p50 ${deep.p50Ms} ms, p95 ${deep.p95Ms} ms`,
    );
    const lastPage = Math.max(1, Math.ceil(Number(first.total) / 20));
    const last = await timePage(
      `${server.url}/api/v1/admin/bookings?page=${lastPage}`,
      token,
    );
    ctx.progress(`  page ${lastPage} (the last): p50 ${last.p50Ms} ms, p95 ${last.p95Ms} ms`);
    if (!deep.nextCursor) throw new Error(`page ${deepPage} gave no nextCursor`);
    const byCursor = await timePage(
      `${server.url}/api/v1/admin/bookings?cursor=${encodeURIComponent(deep.nextCursor)}`,
      token,
    );
    ctx.progress(`  page ${deepPage + 1} by cursor: p50 ${byCursor.p50Ms} ms, p95 ${byCursor.p95Ms} ms`);
    const plans = await explainListQueries(databaseUrl, deepPage);
    const rows: Row[] = [
      {
        measure: `staff admin list, first page (${fmtInt(ctx.config.scale)} bookings)`,
        slotted: `p50 ${fmtMs(first.p50Ms)} / p95 ${fmtMs(first.p95Ms)}`,
        reference: "target p95 ≤ 15 ms at 1M",
      },
      {
        measure: `staff admin list, page ${fmtInt(deepPage)} (offset ${fmtInt((deepPage - 1) * 20)})`,
        slotted: `p50 ${fmtMs(deep.p50Ms)} / p95 ${fmtMs(deep.p95Ms)}`,
        reference: "target p95 ≤ 15 ms at 1M",
      },
      {
        measure: `staff admin list, page ${fmtInt(lastPage)} (the last, by number)`,
        slotted: `p50 ${fmtMs(last.p50Ms)} / p95 ${fmtMs(last.p95Ms)}`,
        reference: "target p95 ≤ 15 ms at 1M",
      },
      {
        measure: `staff admin list, page ${fmtInt(deepPage + 1)} by cursor`,
        slotted: `p50 ${fmtMs(byCursor.p50Ms)} / p95 ${fmtMs(byCursor.p95Ms)}`,
        reference: "target p95 ≤ 15 ms at 1M",
      },
    ];
    return {
      name: "staff bookings list",
      status: "ok",
      rows,
      detail: {
        samples,
        firstPage: first,
        deepPage: { page: deepPage, ...deep },
        lastPage: { page: lastPage, ...last },
        cursorPage: { page: deepPage + 1, ...byCursor },
        explain: plans,
      },
    };
  } finally {
    await server.stop();
  }
}
