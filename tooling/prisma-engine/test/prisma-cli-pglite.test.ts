// End to end on PGlite: the stock Prisma CLI commands, with bin/schema-engine as its engine.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteDatasourceUrl } from "../src/datasource-url.ts";
import { describeCliFlow } from "./support/cli-flow.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

describe("prisma CLI on PGlite data directories", () => {
  let temp: TempDir;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(() => temp.remove());

  describeCliFlow("PGlite", () => ({
    // Nested paths: the parents do not exist until the engine creates them.
    main: pgliteDatasourceUrl(path.join(temp.path, "dev/data/pglite")),
    deployTarget: pgliteDatasourceUrl(path.join(temp.path, "deploy/data/pglite")),
    pushTarget: pgliteDatasourceUrl(path.join(temp.path, "push/data/pglite")),
  }));

  it("PGlite: left real data directories behind", () => {
    expect(existsSync(path.join(temp.path, "dev/data/pglite/PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(temp.path, "deploy/data/pglite/PG_VERSION"))).toBe(true);
  });
});

