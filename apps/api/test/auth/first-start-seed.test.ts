import { Writable } from "node:stream";
import { buildConfig } from "@slotted/config";
import { prepareAccounts } from "@slotted/core";
import { createMemoryStore } from "@slotted/db";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import { afterEach, describe, expect, it } from "vitest";
import { goodPassword } from "./auth-client.ts";

// Start-up account work against a fresh embedded (PGlite) database in every mode of the test run:
// what `pnpm start` does on a laptop's first run, without a server process per case.
const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.dispose()));
});

async function startUp(env: Record<string, string> = {}) {
  const testDatabase = await createTestDatabase({});
  opened.push(testDatabase);
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const services = {
    config: buildConfig(env),
    db: testDatabase.database,
    logger: createLogger({ level: "debug", destination }),
    kv: createMemoryStore(),
  };
  const { prisma } = testDatabase.database;
  return {
    services,
    lines,
    prisma,
    counts: async () => ({ users: await prisma.user.count(), bookings: await prisma.booking.count() }),
  };
}

describe("first start on an empty embedded database", () => {
  it("creates the demo accounts and seeds sample bookings, spread around today, once", async () => {
    const { services, lines, prisma, counts } = await startUp();
    expect(services.db.mode).toBe("pglite");

    const demo = await prepareAccounts(services);
    expect(demo?.map((account) => account.role)).toEqual(["ADMIN", "STAFF", "CUSTOMER"]);
    // 3 demo accounts + 40 seeded customers + 3 seeded staff; 400 bookings.
    expect(await counts()).toEqual({ users: 46, bookings: 400 });
    const today = new Date(new Date().toISOString().slice(0, 10));
    expect(await prisma.booking.count({ where: { date: { gt: today }, status: { in: ["PENDING", "CONFIRMED"] } } })).toBeGreaterThan(0);
    expect(await prisma.booking.count({ where: { date: { lt: today } } })).toBeGreaterThan(0);

    const seeded = lines.find((line) => line.msg === "seeded the empty embedded database with sample bookings");
    // The demo customer is among the customers the bookings were spread over.
    expect(seeded).toMatchObject({ level: "info", bookings: 400, customers: 41, staff: 3, durationMs: expect.any(Number) });
    // The seeded accounts' shared password is never written anywhere.
    expect(lines.some((line) => "password" in line)).toBe(false);

    // The next start finds a database with users: nothing new.
    expect(await prepareAccounts(services)).toBeNull();
    expect(await counts()).toEqual({ users: 46, bookings: 400 });
  });

  it("never seeds in production", async () => {
    const { services, counts } = await startUp({ NODE_ENV: "production", ALLOW_EMBEDDED: "true", MAIL_DISABLED: "true" });
    expect(await prepareAccounts(services)).toBeNull();
    expect(await counts()).toEqual({ users: 0, bookings: 0 });
  });

  it("never seeds when DATABASE_URL is set", async () => {
    // The configured URL is never dialled here: the guard reads the configuration.
    const { services, counts } = await startUp({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/slotted" });
    expect(await prepareAccounts(services)).toBeNull();
    expect(await counts()).toEqual({ users: 0, bookings: 0 });
  });

  it("never seeds a database that already has accounts, nor beside a bootstrap admin", async () => {
    const existing = await startUp();
    await existing.prisma.user.create({ data: { email: "someone@example.test", name: "Someone", passwordHash: "x" } });
    expect(await prepareAccounts(existing.services)).toBeNull();
    expect(await existing.counts()).toEqual({ users: 1, bookings: 0 });

    const bootstrap = await startUp({ ADMIN_EMAIL: "boss@example.test", ADMIN_PASSWORD: goodPassword });
    expect(await prepareAccounts(bootstrap.services)).toBeNull();
    expect(await bootstrap.counts()).toEqual({ users: 1, bookings: 0 });
  });
});
