import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildConfig } from "@slotted/config";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "./create-database.ts";
import { isUniqueViolation, uniqueViolationTarget } from "./prisma-errors.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";
import { lockScope, withTransaction } from "./transaction.ts";

const silent = createLogger({ level: "silent" });
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.dispose());

const newUser = (email: string) => ({ email, name: "Someone", passwordHash: "not-a-real-hash" });

describe(`the database (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"} mode)`, () => {
  it("answers pings and reports its server version and pool", async () => {
    const { database } = test;
    await database.ping();
    expect(await database.serverVersion()).toMatch(/^\d+/);
    expect(database.mode).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
    expect(database.poolStats().max).toBeGreaterThanOrEqual(1);
  });

  it("rolls back every write of a failed transaction", async () => {
    const { prisma } = test.database;
    await expect(
      withTransaction(prisma, async (tx) => {
        await tx.user.create({ data: newUser("rollback@example.test") });
        throw new Error("abort after the first write");
      }),
    ).rejects.toThrow("abort after the first write");
    expect(await prisma.user.count({ where: { email: "rollback@example.test" } })).toBe(0);
  });

  it("reports a unique violation as such, naming the constraint or its fields", async () => {
    const { prisma } = test.database;
    await prisma.user.create({ data: newUser("twice@example.test") });
    const error: unknown = await prisma.user.create({ data: newUser("twice@example.test") }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(uniqueViolationTarget(error)?.join(",")).toMatch(/email/);
  });

  it("serialises transactions that lock the same scope", async () => {
    const { prisma } = test.database;
    const order: string[] = [];
    const hold = (label: string, ms: number) =>
      withTransaction(prisma, async (tx) => {
        await lockScope(tx, "scope:test");
        order.push(`${label}:in`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${label}:out`);
      });
    await Promise.all([hold("first", 150), new Promise((resolve) => setTimeout(resolve, 30)).then(() => hold("second", 10))]);
    expect(order).toEqual(["first:in", "first:out", "second:in", "second:out"]);
  });

  it("reports every statement's SQL and duration to query listeners, without parameters", async () => {
    const { database } = test;
    const seen: { sql: string; durationMs: number }[] = [];
    const stop = database.onQuery((query) => seen.push(query));
    await database.prisma.user.findFirst({ where: { email: "secret-param@example.test" } });
    stop();
    await database.prisma.user.count();
    expect(seen.length).toBe(1);
    expect(seen[0]?.sql).toMatch(/FROM "public"\."users"/);
    expect(JSON.stringify(seen)).not.toContain("secret-param");
  });

  it("closes idempotently", async () => {
    const extra = await createTestDatabase();
    await extra.database.close();
    await extra.database.close();
    await extra.dispose();
    await expect(extra.database.ping()).rejects.toThrow();
  });
});

describe("embedded PGlite on disk", () => {
  const root = mkdtempSync(path.join(tmpdir(), "slotted-db-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates missing parent folders, migrates on first open and keeps data across restarts", async () => {
    const config = buildConfig({ PGLITE_DATA_DIR: path.join(root, "a", "b", "pglite") });
    const first = await createDatabase(config.database, { logger: silent, migrate: true });
    await first.prisma.user.create({ data: newUser("persisted@example.test") });
    await first.close();

    const second = await createDatabase(config.database, { logger: silent, migrate: true });
    expect(await second.prisma.user.count({ where: { email: "persisted@example.test" } })).toBe(1);
    await second.close();
  });
});
