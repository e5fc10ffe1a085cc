import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { datasourceUrlFromEnv, isPgliteUrl, parseDatasourceUrl, pgliteDatasourceUrl } from "../src/datasource-url.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

describe("PGlite datasource URLs", () => {
  it("round-trips a data directory, including characters special in URLs", () => {
    const dir = "/tmp/with space/a&b=c#d%e+f/pglite";
    const url = pgliteDatasourceUrl(dir);
    expect(url.startsWith("postgresql://pglite/?dataDir=/tmp/")).toBe(true);
    expect(parseDatasourceUrl(url)).toEqual({ kind: "pglite", dataDir: dir });
    expect(isPgliteUrl(url)).toBe(true);
  });

  it("makes relative directories absolute and keeps memory:// as is", () => {
    expect(parseDatasourceUrl(pgliteDatasourceUrl("rel/dir"))).toEqual({ kind: "pglite", dataDir: path.resolve("rel/dir") });
    expect(parseDatasourceUrl(pgliteDatasourceUrl("memory://"))).toEqual({ kind: "pglite", dataDir: "memory://" });
  });

  it("treats every other postgres URL as PostgreSQL", () => {
    const url = "postgres://user:secret@db.internal:6543/app?schema=tenant";
    expect(parseDatasourceUrl(url)).toEqual({ kind: "postgres", connectionString: url });
    expect(isPgliteUrl(url)).toBe(false);
  });

  it("rejects other protocols and a PGlite URL without a directory", () => {
    expect(() => parseDatasourceUrl("mysql://localhost/db")).toThrow(/Unsupported datasource protocol/);
    expect(() => parseDatasourceUrl("postgresql://pglite/")).toThrow(/needs a data directory/);
    expect(() => parseDatasourceUrl("not a url")).toThrow(/not a valid URL/);
  });
});

describe("datasourceUrlFromEnv", () => {
  let temp: TempDir | undefined;
  afterEach(async () => {
    await temp?.remove();
  });

  it("prefers DATABASE_URL", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/app";
    expect(datasourceUrlFromEnv({ DATABASE_URL: url }, { baseDir: "/nowhere", defaultDataDir: ".data/pglite" })).toBe(url);
  });

  it("creates the parents of the default data directory (PGlite creates only the last folder)", async () => {
    temp = await makeTempDir();
    const url = datasourceUrlFromEnv({ DATABASE_URL: "" }, { baseDir: temp.path, defaultDataDir: ".data/deep/pglite" });
    const dataDir = path.join(temp.path, ".data/deep/pglite");
    expect(parseDatasourceUrl(url)).toEqual({ kind: "pglite", dataDir });
    expect(existsSync(path.dirname(dataDir))).toBe(true);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("resolves PGLITE_DATA_DIR against the base directory", async () => {
    temp = await makeTempDir();
    const url = datasourceUrlFromEnv({ PGLITE_DATA_DIR: "custom/db" }, { baseDir: temp.path, defaultDataDir: ".data/pglite" });
    expect(parseDatasourceUrl(url)).toEqual({ kind: "pglite", dataDir: path.join(temp.path, "custom/db") });
    expect(existsSync(path.join(temp.path, "custom"))).toBe(true);
  });
});
