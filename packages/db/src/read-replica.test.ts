import { buildConfig } from "@slotted/config";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "./create-database.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

const silent = createLogger({ level: "silent" });

describe(`the read side without DATABASE_READ_URL (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"} mode)`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.dispose());

  it("is the primary's own client", () => {
    expect(test.database.reader).toBe(test.database.prisma);
  });
});

// A replica is a second PostgreSQL server; PGlite is one in-process database with nothing to replicate to.
describe.runIf(Boolean(process.env.DATABASE_URL))("the read side with DATABASE_READ_URL", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await replica.database.prisma.user.create({ data: { email: "only-on-replica@example.test", name: "Replica", passwordHash: "x" } });
  });
  afterAll(async () => {
    await Promise.all([primary.dispose(), replica.dispose()]);
  });

  it("reads through its own client on the replica, writes stay on the primary, close ends both", async () => {
    const config = buildConfig({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url });
    const database = await createDatabase(config.database, { logger: silent });
    try {
      expect(database.reader).not.toBe(database.prisma);
      await database.prisma.user.create({ data: { email: "written@example.test", name: "Primary", passwordHash: "x" } });
      const onReplica = await database.reader.user.findMany({ select: { email: true } });
      expect(onReplica.map((user) => user.email)).toEqual(["only-on-replica@example.test"]);
      expect(await database.prisma.user.count({ where: { email: "only-on-replica@example.test" } })).toBe(0);
    } finally {
      await database.close();
    }
    await expect(database.reader.user.count()).rejects.toThrow();
  });

  it("reports the replica's statements to query listeners too", async () => {
    const config = buildConfig({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url });
    const database = await createDatabase(config.database, { logger: silent });
    try {
      const seen: string[] = [];
      const stop = database.onQuery((query) => seen.push(query.sql));
      await database.reader.booking.count();
      stop();
      expect(seen.some((sql) => sql.includes(`"public"."bookings"`))).toBe(true);
    } finally {
      await database.close();
    }
  });
});
