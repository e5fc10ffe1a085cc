// Loads the Wasm build of Prisma's schema engine without the experimental `.wasm` ES-module import
// the package's main entry relies on, and neutralises the engine's process-level side effects.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { CodedError } from "./coded-error.ts";
import { describeEngineError } from "./engine-errors.ts";
import { ensurePanicRegistry } from "./panic-registry.ts";
import { webAssembly } from "./webassembly.ts";

export type { SchemaEngine };
export type BoundAdapterFactory = ReturnType<typeof bindMigrationAwareSqlAdapterFactory>;

/** `[path, content]` pairs, as the engine's constructor wants them. */
export type Datamodels = [string, string][];

type TimerImport = (callback: () => void, ms: number) => unknown;

function isUnrefable(timer: unknown): timer is { unref(): void } {
  return typeof timer === "object" && timer !== null && "unref" in timer && typeof timer.unref === "function";
}

/**
 * The engine arms (10 s) timers it never clears; unref them so they cannot keep Node alive
 * after the work is done.
 */
export function withUnrefTimers(imports: Record<string, unknown>): Record<string, unknown> {
  const wrapped: Record<string, unknown> = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    const original = value as TimerImport;
    wrapped[name] = (callback: () => void, ms: number): unknown => {
      const timer = original(callback, ms);
      if (isUnrefable(timer)) timer.unref();
      return timer;
    };
  }
  return wrapped;
}

let loaded: Promise<typeof glue> | undefined;

async function instantiate(): Promise<typeof glue> {
  ensurePanicRegistry();
  const require = createRequire(import.meta.url);
  // The package does not export the .wasm file itself; it sits beside the JS glue.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const bytes = await readFile(wasmPath);
  const { instance } = await webAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": withUnrefTimers({ ...glue }),
  });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== "function") throw new Error("schema engine Wasm has no __wbindgen_start export");
  (start as () => void)();
  return glue;
}

/** The Wasm module is instantiated once per process; engines created from it are independent. */
export function loadWasmEngine(): Promise<typeof glue> {
  loaded ??= instantiate();
  return loaded;
}

/** The engine version hash (the one `prisma -v` prints as "Schema Engine"). */
export async function engineVersion(): Promise<string> {
  return (await loadWasmEngine()).version();
}

export interface CreateEngineOptions {
  /** `undefined` or non-empty: an empty list makes the engine panic on its first schema-based call. */
  datamodels: Datamodels | undefined;
  factory: SqlMigrationAwareDriverAdapterFactory;
  log?: (line: string) => void;
}

export interface EngineHandle {
  engine: SchemaEngine;
  bound: BoundAdapterFactory;
}

export async function createEngine(options: CreateEngineOptions): Promise<EngineHandle> {
  const wasm = await loadWasmEngine();
  const bound = bindMigrationAwareSqlAdapterFactory(options.factory);
  const datamodels = options.datamodels && options.datamodels.length > 0 ? options.datamodels : undefined;
  const log = options.log ?? (() => undefined);
  try {
    const engine = await wasm.SchemaEngine.new({ datamodels }, log, bound);
    return { engine, bound };
  } catch (error) {
    // The registry that can explain an adapter failure dies with this attempt: resolve it now.
    const failure = describeEngineError(error, bound.errorRegistry);
    if (failure.isPanic) throw error;
    throw new CodedError(failure.message, failure.errorCode);
  }
}
