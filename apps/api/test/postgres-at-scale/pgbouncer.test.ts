// The app behind PgBouncer in transaction-pooling mode: a server connection serves one transaction
// and then another client, so anything tied to a session (advisory locks, SET, prepared
// statements, startup parameters) would break here while passing on a direct connection.
import { buildConfig } from "@slotted/config";
import { createDatabase, isStatementCancelled } from "@slotted/db";
import { createTestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker } from "../../src/start-worker.ts";
import { activeCoversInDatabase, bookingBody, createBooking, customers, venueDate } from "../bookings/booking-helpers.ts";
import { createAccount } from "../helpers/accounts.ts";
import { modeEnvironment } from "../helpers/test-server.ts";
import { fastJobs } from "../notifications/notification-server.ts";
import { queuedJobs } from "../notifications/queued-jobs.ts";
import { startSmtpSink, type SmtpSink } from "../notifications/smtp-sink.ts";
import { waitFor } from "../notifications/wait-for.ts";
import { burst, call, clientAddress, from, patientRedis, tally } from "../rate-limit/traffic.ts";
import { pgbouncerInstalled, startPgbouncer } from "./pgbouncer.ts";
import {
  applyDatabaseTimeouts,
  behindTransactionPooler,
  startPooledServer,
  type PooledServer,
} from "./pooled-server.ts";
import { databaseNameOf } from "./app-server.ts";

const silent = createLogger({ level: "silent" });

// PgBouncer pools a real PostgreSQL server: without DATABASE_URL (embedded PGlite, one in-process
// connection) there is nothing to pool, and without the pgbouncer binary nothing to pool with.
const pooled = pgbouncerInstalled && Boolean(process.env.DATABASE_URL);

describe.runIf(pooled)("behind PgBouncer (transaction pooling): bookings", () => {
  let server: PooledServer;
  beforeAll(async () => {
    server = await startPooledServer({ env: { BOOKING_SLOT_CAPACITY: "10" } });
  });
  afterAll(() => server.close());

  it("lets exactly 10 of 30 concurrent creates into one slot (the date lock is transaction-scoped)", async () => {
    const date = venueDate(server, 5);
    const people = await customers(server, 30);
    const results = await Promise.all(people.map((person) => createBooking(server, person, bookingBody(server, { date, time: "19:00", partySize: 1 }))));
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(20);
    expect(await activeCoversInDatabase(server, date, 19 * 60)).toBe(10);
  });

  // Only the start-up check (plain reads) goes through the pooler; the migrations themselves were
  // applied directly (see "why migrations need the direct URL" below).
  it("checks the schema on start through the pooler", async () => {
    const rows = await server.services.db.prisma.$queryRaw<{ migrations: bigint }[]>`SELECT count(*) AS migrations FROM _prisma_migrations`;
    expect(Number(rows[0]?.migrations)).toBeGreaterThan(0);
    expect(server.logText()).toContain("database schema is up to date");
  });
});

describe.runIf(pooled)("behind PgBouncer (transaction pooling): rate limits", () => {
  let server: PooledServer;
  beforeAll(async () => {
    server = await startPooledServer({ env: { ...patientRedis, RATE_LIMIT_ENABLED: "true", RATE_LIMIT_DEFAULT_PER_MINUTE: "50", TRUST_PROXY: "true" } });
  });
  afterAll(() => server.close());

  it("200 concurrent readiness checks (each pings the database) against a limit of 50 → exactly 50 pass", async () => {
    const client = from(clientAddress());
    const replies = await burst(200, () => call(`${server.url}/api/v1/health/ready`, { headers: client }));
    expect(tally(replies)).toEqual({ 200: 50, 429: 150 });
  });
});

describe.runIf(pooled)("behind PgBouncer (transaction pooling): the job queue", () => {
  let server: PooledServer;
  let smtp: SmtpSink;
  let stopWorker: () => Promise<void>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startPooledServer({ env: { SMTP_URL: smtp.url, PUBLIC_ORIGIN: "https://book.example.test", BOOKING_SLOT_CAPACITY: "2", ...fastJobs } });
    const worker = await startWorker(server.services);
    stopWorker = () => worker.stop(2_000);
  });
  afterAll(async () => {
    await stopWorker();
    await server.close();
    await smtp.close();
  });

  it("enqueues the booking-received job in the booking's transaction and the worker delivers it", async () => {
    const date = venueDate(server, 4);
    const customer = await createAccount(server);
    const contactEmail = `pooled-${Date.now().toString(36)}@example.test`;
    const created = await createBooking(server, customer, bookingBody(server, { date, partySize: 2, contactEmail }));
    expect(created.status).toBe(201);
    const mail = await waitFor("the booking-received mail", () => smtp.received.find((m) => m.to === contactEmail));
    expect(mail.subject).toContain(created.body.reference);
    const jobs = await waitFor("the job to complete", async () => {
      const rows = await queuedJobs(server, "booking-mail", created.body.id);
      return rows.every((job) => job.state === "completed") ? rows : undefined;
    });
    expect(jobs.map((job) => job.data.event)).toEqual(["received"]);

    // A create refused inside its transaction (the slot is full) leaves no job behind.
    const other = await createAccount(server);
    const refused = await createBooking(server, other, bookingBody(server, { date, partySize: 1, contactEmail: "refused@example.test" }));
    expect(refused.status).toBe(409);
    const all = await queuedJobs(server, "booking-mail");
    expect(all.filter((job) => job.data.bookingId !== created.body.id)).toEqual([]);
  });
});

describe.runIf(pooled)("behind PgBouncer (transaction pooling): server-side timeouts", () => {
  it("holds statement timeouts set on the database, since per-connection settings cannot pass the pooler", async () => {
    const server = await startPooledServer({
      beforeStart: (directUrl, name) => applyDatabaseTimeouts(directUrl, name, { statementMs: 1_500, idleInTransactionMs: 5_000 }),
    });
    try {
      const { prisma } = server.services.db;
      const shown = await prisma.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
      expect(shown[0]?.statement_timeout).toBe("1500ms");
      const error: unknown = await prisma.$queryRaw`SELECT pg_sleep(5)`.catch((e: unknown) => e);
      expect(isStatementCancelled(error)).toBe(true);
    } finally {
      await server.close();
    }
  });

  describe("startup parameters (what DATABASE_STATEMENT_TIMEOUT_MS sends on a direct connection)", () => {
    let database: { url: string | undefined; dispose(): Promise<void> };
    beforeAll(async () => {
      database = await createTestDatabase(modeEnvironment());
    });
    afterAll(() => database.dispose());

    const openThrough = async (ignoreStartupParameters: string[]) => {
      const directUrl = database.url ?? "";
      const name = databaseNameOf(directUrl);
      const pgbouncer = await startPgbouncer({ databases: [name], upstreamUrl: directUrl, ignoreStartupParameters });
      const config = buildConfig({ DATABASE_URL: pgbouncer.urlFor(name), DATABASE_STATEMENT_TIMEOUT_MS: "1500" });
      const db = await createDatabase(config.database, { logger: silent });
      return {
        db,
        close: async () => {
          await db.close();
          await pgbouncer.stop();
        },
      };
    };

    it("are refused by PgBouncer 1.18 unless ignored", async () => {
      const opened = await openThrough([]);
      try {
        await expect(opened.db.ping()).rejects.toThrow(/unsupported startup parameter: statement_timeout/);
      } finally {
        await opened.close();
      }
    });

    it("are silently dropped when ignored: the connection works but the timeout does not hold", async () => {
      const opened = await openThrough(["statement_timeout", "idle_in_transaction_session_timeout"]);
      try {
        const shown = await opened.db.prisma.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
        expect(shown[0]?.statement_timeout).toBe("0");
      } finally {
        await opened.close();
      }
    });
  });
});

describe.runIf(pooled)("behind PgBouncer (transaction pooling): why migrations need the direct URL", () => {
  let database: { url: string | undefined; dispose(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase(modeEnvironment());
  });
  afterAll(() => database.dispose());

  // Prisma's schema engine serialises migration runs with the session lock pg_advisory_lock(72707369).
  // Behind a transaction pooler a "session" is whichever server connection the next statement
  // gets: a second runner can be handed the holder's connection and take the lock again.
  it("does not keep a session advisory lock exclusive: a second client re-acquires it", async () => {
    const name = databaseNameOf(database.url ?? "");
    const pgbouncer = await startPgbouncer({ databases: [name], upstreamUrl: database.url ?? "", poolSize: 1 });
    const config = buildConfig({ DATABASE_URL: pgbouncer.urlFor(name), ...behindTransactionPooler });
    const [first, second] = await Promise.all([createDatabase(config.database, { logger: silent }), createDatabase(config.database, { logger: silent })]);
    try {
      const lock = (db: typeof first) => db.prisma.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(72707369) AS locked`;
      expect((await lock(first))[0]?.locked).toBe(true);
      expect((await lock(second))[0]?.locked).toBe(true);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await pgbouncer.stop();
    }
    // The control: on direct connections the second session is refused while the first holds it.
    const directConfig = buildConfig({ DATABASE_URL: database.url });
    const [holder, contender] = await Promise.all([createDatabase(directConfig.database, { logger: silent }), createDatabase(directConfig.database, { logger: silent })]);
    try {
      const lock = (db: typeof holder) => db.prisma.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_lock(72707369) AS locked`;
      expect((await lock(holder))[0]?.locked).toBe(true);
      expect((await lock(contender))[0]?.locked).toBe(false);
    } finally {
      await Promise.all([holder.close(), contender.close()]);
    }
  });
});
