import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailsPerLookup, inChunks, upsertSeedAccounts } from "./seed-people.ts";

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const person = (index: number) => ({
  name: `Guest ${index}`,
  email: `guest-${String(index).padStart(3, "0")}@seed.slotted.test`,
  role: "CUSTOMER" as const,
});

describe("upsertSeedAccounts", () => {
  // The real limit is 32,767 parameters per statement (a 1M-booking seed has ~67k customers);
  // a small lookup size exercises the same chunking without inserting that many rows.
  it("finds every account across lookup chunks, new and existing, in email order", async () => {
    const prisma = testDatabase.database.prisma;
    await upsertSeedAccounts(prisma, [person(3), person(11)], "hash");
    const people = Array.from({ length: 23 }, (_, index) => person(22 - index));
    const { accounts, created } = await upsertSeedAccounts(prisma, people, "hash", 5);
    expect(created).toBe(21);
    expect(accounts.map((account) => account.email)).toEqual(Array.from({ length: 23 }, (_, index) => person(index).email));
  });
});

describe("inChunks", () => {
  it("splits into consecutive slices of at most the size, losing nothing", () => {
    expect(inChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inChunks([], 3)).toEqual([]);
    expect(emailsPerLookup).toBeLessThan(32_767);
  });
});
