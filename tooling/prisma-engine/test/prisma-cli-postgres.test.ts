// End to end on PostgreSQL: the stock Prisma CLI commands, with bin/schema-engine as its engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeCliFlow } from "./support/cli-flow.ts";
import { createTempDatabase, hasPostgres, shadowDatabases, type TempDatabase } from "./support/postgres.ts";

describe.runIf(hasPostgres)("prisma CLI on PostgreSQL", () => {
  const created: TempDatabase[] = [];
  let shadowsBefore: string[] = [];
  beforeAll(async () => {
    shadowsBefore = await shadowDatabases();
    for (let index = 0; index < 3; index++) created.push(await createTempDatabase());
  });
  afterAll(async () => {
    await Promise.all(created.map((database) => database.drop()));
  });

  describeCliFlow("PostgreSQL", () => {
    const [main, deployTarget, pushTarget] = created;
    if (!main || !deployTarget || !pushTarget) throw new Error("temp databases missing");
    return { main: main.url, deployTarget: deployTarget.url, pushTarget: pushTarget.url };
  });

  it("PostgreSQL: left no shadow database behind", async () => {
    expect(await shadowDatabases()).toEqual(shadowsBefore);
  });
});
