import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgliteAdapterFactory, openPglite } from "../src/adapters/pglite.ts";
import type { ManagedAdapterFactory } from "../src/adapters/managed-factory.ts";
import { describeEngineError } from "../src/engine-errors.ts";
import { readMigrationsList } from "../src/migrations-list.ts";
import { createEngine, engineVersion, loadWasmEngine, withUnrefTimers } from "../src/wasm-engine.ts";
import { SCHEMA, writeMigrations, INIT_MIGRATION } from "./support/fixtures.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

describe("loading the Wasm engine", () => {
  it("reports the engine hash the 7.10.0 CLI expects", async () => {
    expect(await engineVersion()).toBe("0edf323efd1d98336f3f0a68684b56f689b900d3");
  });

  it("installs the panic registry the engine's panic hook writes to", async () => {
    await loadWasmEngine();
    const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY;
    expect(registry).toBeDefined();
    registry?.set_message("hello");
    expect(registry?.get()).toBe("hello");
    registry?.set_message("");
  });

  it("unrefs the timers the engine arms", () => {
    const timerImports = Object.keys(glue).filter((name) => name.startsWith("__wbg_setTimeout_"));
    // If the glue stops exporting a setTimeout import under this prefix, the wrapper silently stops working.
    expect(timerImports.length).toBeGreaterThan(0);
    const wrapped = withUnrefTimers({ ...glue });
    for (const name of timerImports) {
      const armTimer = wrapped[name] as (callback: () => void, ms: number) => NodeJS.Timeout;
      const timer = armTimer(() => undefined, 10_000);
      expect(timer.hasRef()).toBe(false);
      clearTimeout(timer);
    }
  });
});

describe("a Wasm engine on in-memory PGlite", () => {
  let factory: ManagedAdapterFactory;
  let temp: TempDir;

  beforeAll(async () => {
    factory = createPgliteAdapterFactory({ pglite: await openPglite(), ownsInstance: true });
    temp = await makeTempDir();
    await writeMigrations(temp.path, { "20240101000000_init": INIT_MIGRATION });
  });
  afterAll(async () => {
    await factory.close();
    await temp.remove();
  });

  // A regression panics inside an engine task, which never settles: fail fast rather than at 60 s.
  it("accepts an empty datamodel list (passed on as undefined: an empty one panics the engine)", { timeout: 15_000 }, async () => {
    const { engine } = await createEngine({ datamodels: [], factory });
    try {
      const migrationsList = await readMigrationsList(temp.path);
      const diagnostic = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
      expect(diagnostic.hasMigrationsTable).toBe(false);
    } finally {
      engine.free();
    }
  });

  it("replaces 'External error id#N' with the adapter's real error", async () => {
    const failingShadow: ManagedAdapterFactory = {
      ...factory,
      connect: () => factory.connect(),
      connectToShadowDb: () => Promise.reject(new Error("shadow server on fire")),
      close: () => Promise.resolve(),
    };
    const { engine, bound } = await createEngine({ datamodels: undefined, factory: failingShadow });
    try {
      const migrationsList = await readMigrationsList(temp.path);
      const error = await engine
        .diff({ from: { tag: "empty" }, to: { tag: "migrations", ...migrationsList }, script: true, exitCode: null, filters: NO_FILTERS })
        .then(
          () => undefined,
          (rejection: unknown) => rejection,
        );
      expect(String(error)).toMatch(/External error id#\d+/);
      const failure = describeEngineError(error, bound.errorRegistry);
      expect(failure.message).toContain("shadow server on fire");
      expect(failure.message).not.toMatch(/External error id#/);
      // The Rust span trace is noise for users.
      expect(failure.message).not.toMatch(/schema_engine_wasm::/);
    } finally {
      engine.free();
    }
  });

  // Last: after a panic the shared Wasm instance is not trustworthy.
  it("reports a panic with the panic message, not 'unreachable'", async () => {
    const { engine } = await createEngine({ datamodels: [["schema.prisma", SCHEMA]], factory });
    let thrown: unknown;
    try {
      engine.debugPanic();
    } catch (error) {
      thrown = error;
    }
    const failure = describeEngineError(thrown);
    expect(failure.isPanic).toBe(true);
    expect(failure.message).toContain("This is the debugPanic artificial panic");
  });
});
