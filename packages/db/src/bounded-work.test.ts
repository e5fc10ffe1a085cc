import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isStatementCancelled, postgresErrorCode } from "./prisma-errors.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";
import { withTransaction } from "./transaction.ts";

/** Polls `check` until it holds; the deadline only turns a hang into a clear failure. */
async function eventually(check: () => boolean | Promise<boolean>, what: string, deadlineMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > giveUpAt) throw new Error(`gave up waiting for ${what}`);
    await sleep(50);
  }
}

describe(`transactions are bounded (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"} mode)`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(process.env, { DATABASE_TRANSACTION_TIMEOUT_MS: "300" });
  });
  afterAll(() => test.dispose());

  it("rolls back an interactive transaction that outlives DATABASE_TRANSACTION_TIMEOUT_MS", async () => {
    const { prisma } = test.database;
    let statements = 0;
    const outcome = await withTransaction(prisma, async (tx) => {
      await tx.user.create({ data: { email: "too-slow@example.test", name: "Slow", passwordHash: "x" } });
      // Keeps the transaction busy until Prisma closes it; each statement fails once it has.
      // (Yielding a turn each time lets timers run: PGlite can answer without one.)
      for (;;) {
        await tx.$queryRaw`SELECT 1`;
        statements += 1;
        await nextTurn();
      }
    }).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(Error);
    expect(String(outcome)).toMatch(/timeout|expired|closed/i);
    expect(statements).toBeGreaterThan(0);
    expect(await prisma.user.count({ where: { email: "too-slow@example.test" } })).toBe(0);
    await test.database.ping();
  });

  it("starts no transaction for a request that was already aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("client went away"));
    const seen: string[] = [];
    const stop = test.database.onQuery(({ sql }) => seen.push(sql));
    let ran = false;
    const outcome = withTransaction(
      test.database.prisma,
      () => {
        ran = true;
        return Promise.resolve();
      },
      { signal: controller.signal },
    );
    await expect(outcome).rejects.toThrow("client went away");
    stop();
    expect(ran).toBe(false);
    expect(seen).toEqual([]);
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))("PostgreSQL bounds every pooled connection", () => {
  let test: TestDatabase;
  let admin: pg.Client;
  beforeAll(async () => {
    test = await createTestDatabase(process.env, {
      DATABASE_POOL_MAX: "2",
      DATABASE_STATEMENT_TIMEOUT_MS: "200",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "300",
      DATABASE_TRANSACTION_TIMEOUT_MS: "20000",
      DATABASE_POOL_MAX_LIFETIME_SECONDS: "1",
    });
    admin = new pg.Client({ connectionString: test.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await test.dispose();
  });

  it("has PostgreSQL cancel a slow statement (57014) and gets every connection back, queue empty", async () => {
    const { database } = test;
    // Twice the pool's size, so half of them queue for a connection first.
    const slow = Array.from({ length: 4 }, () => database.prisma.$queryRaw`SELECT pg_sleep(30)`.catch((error: unknown) => error));
    await eventually(() => database.poolStats().waiting > 0, "queries queueing for the pool");
    const outcomes = await Promise.all(slow);
    for (const outcome of outcomes) {
      expect(isStatementCancelled(outcome)).toBe(true);
      expect(postgresErrorCode(outcome)).toBe("57014");
    }
    // pg discards a connection whose query failed, so "back" means: nothing checked out or queued.
    const stats = database.poolStats();
    expect(stats).toMatchObject({ waiting: 0, idle: stats.total });
    expect(stats.total).toBeLessThanOrEqual(2);
    await database.ping();
    expect(database.poolStats()).toMatchObject({ waiting: 0, total: 1, idle: 1 });
  });

  it("has PostgreSQL end a session left idle inside a transaction, and the pool replaces it", async () => {
    const { database } = test;
    let backend = 0;
    const outcome = await withTransaction(database.prisma, async (tx) => {
      const rows = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      backend = rows[0]?.pid ?? 0;
      // Idle in the open transaction until the server has ended that session.
      await eventually(async () => {
        const { rowCount } = await admin.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [backend]);
        return rowCount === 0;
      }, "the idle-in-transaction session to be ended");
      await tx.$queryRaw`SELECT 1`;
    }).catch((error: unknown) => error);
    expect(backend).toBeGreaterThan(0);
    expect(outcome).toBeInstanceOf(Error);
    await database.ping();
    expect(database.poolStats().waiting).toBe(0);
  });

  it("sets both bounds on every connection, including one that replaced an expired connection", async () => {
    const { prisma } = test.database;
    const backendPid = async () => (await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;
    const first = await backendPid();
    await eventually(async () => (await backendPid()) !== first, "a connection past its lifetime to be replaced");
    const settings = await prisma.$queryRaw<{ statement: string; idle: string }[]>`
      SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(settings[0]).toEqual({ statement: "200ms", idle: "300ms" });
  });
});
