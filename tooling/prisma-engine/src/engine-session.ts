// Maps the native engine's JSON-RPC methods onto one Wasm engine and its adapter factory.
import type {
  ApplyMigrationsInput,
  CreateDatabaseParams,
  CreateMigrationInput,
  DbExecuteParams,
  DevDiagnosticInput,
  DiagnoseMigrationHistoryInput,
  DiffParams,
  EnsureConnectionValidityParams,
  EvaluateDataLossInput,
  IntrospectParams,
  IntrospectSqlParams,
  MarkMigrationAppliedInput,
  MarkMigrationRolledBackInput,
  ResetInput,
  SchemaPushInput,
} from "@prisma/schema-engine-wasm/schema_engine_bg";
import { adapterFactoryFor, type DatasourceParam } from "./adapters/from-datasource.ts";
import type { ManagedAdapterFactory } from "./adapters/managed-factory.ts";
import { createDatabaseFor, diagnoseConnectFailure } from "./database-admin.ts";
import { describeEngineError } from "./engine-errors.ts";
import type { EngineFailure, JsonRpcRequest } from "./protocol.ts";
import type { RequestContext } from "./rpc-server.ts";
import { createEngine, type Datamodels, type EngineHandle, type SchemaEngine } from "./wasm-engine.ts";

type Forward = (engine: SchemaEngine, params: unknown) => Promise<unknown>;

// Params arrive as JSON from the CLI, which builds them for exactly these engine methods.
const FORWARDED: Record<string, Forward> = {
  applyMigrations: (engine, params) => engine.applyMigrations(params as ApplyMigrationsInput),
  createMigration: (engine, params) => engine.createMigration(params as CreateMigrationInput),
  dbExecute: (engine, params) => engine.dbExecute(params as DbExecuteParams),
  devDiagnostic: (engine, params) => engine.devDiagnostic(params as DevDiagnosticInput),
  diagnoseMigrationHistory: (engine, params) => engine.diagnoseMigrationHistory(params as DiagnoseMigrationHistoryInput),
  ensureConnectionValidity: (engine, params) => engine.ensureConnectionValidity(params as EnsureConnectionValidityParams),
  evaluateDataLoss: (engine, params) => engine.evaluateDataLoss(params as EvaluateDataLossInput),
  // The native engine's name for the Wasm engine's `version`.
  getDatabaseVersion: (engine, params) => engine.version(params as Parameters<SchemaEngine["version"]>[0]),
  introspect: (engine, params) => engine.introspect(params as IntrospectParams),
  introspectSql: (engine, params) => engine.introspectSql(params as IntrospectSqlParams),
  markMigrationApplied: (engine, params) => engine.markMigrationApplied(params as MarkMigrationAppliedInput),
  markMigrationRolledBack: (engine, params) => engine.markMigrationRolledBack(params as MarkMigrationRolledBackInput),
  reset: (engine, params) => engine.reset(params as ResetInput),
  schemaPush: (engine, params) => engine.schemaPush(params as SchemaPushInput),
  debugPanic: (engine) => {
    engine.debugPanic();
    return Promise.resolve({});
  },
};

export interface EngineSessionOptions {
  datamodels: Datamodels | undefined;
  datasource: DatasourceParam;
  log?: (line: string) => void;
}

export class EngineSession {
  #handle: Promise<EngineHandle> | undefined;
  #factory: ManagedAdapterFactory | undefined;
  #lastHandle: EngineHandle | undefined;

  constructor(private readonly options: EngineSessionOptions) {}

  /** Created on first use: the Wasm engine connects eagerly, and some methods need no database. */
  #engine(): Promise<EngineHandle> {
    this.#handle ??= this.#start();
    // A failed start is reported to this request; the next one tries again.
    this.#handle.catch(() => (this.#handle = undefined));
    return this.#handle;
  }

  async #start(): Promise<EngineHandle> {
    const factory = await adapterFactoryFor(this.options.datasource);
    try {
      const handle = await createEngine({ datamodels: this.options.datamodels, factory, log: this.options.log });
      this.#factory = factory;
      this.#lastHandle = handle;
      return handle;
    } catch (error) {
      await factory.close().catch(() => undefined);
      throw await diagnoseConnectFailure(error, this.options.datasource.url);
    }
  }

  async handle(request: JsonRpcRequest, context: RequestContext): Promise<unknown> {
    if (request.method === "createDatabase") {
      const params = request.params as CreateDatabaseParams | undefined;
      const url = params?.datasource.tag === "ConnectionString" ? params.datasource.url : this.options.datasource.url;
      return { databaseName: await createDatabaseFor(url) };
    }
    if (request.method === "diff") {
      const { engine } = await this.#engine();
      const result = await engine.diff(request.params as DiffParams);
      // The native engine prints through the CLI (a `print` request) rather than returning stdout.
      if (result.stdout !== null) await context.print(result.stdout);
      return { exitCode: result.exitCode, stdout: null };
    }
    const forward = FORWARDED[request.method];
    if (!forward) throw new Error(`Unknown method: ${request.method}`);
    const { engine } = await this.#engine();
    // Unit results (dbExecute, reset…) come back as undefined; a response without `result` is
    // ignored by the CLI, which then waits forever. The native engine answers `{}`.
    return (await forward(engine, request.params)) ?? {};
  }

  describeError(error: unknown): EngineFailure {
    return describeEngineError(error, this.#lastHandle?.bound.errorRegistry);
  }

  /** Frees the engine and everything its adapters opened (pools, PGlite instances). */
  async close(): Promise<void> {
    const handle = await this.#handle?.catch(() => undefined);
    this.#handle = undefined;
    const factory = this.#factory;
    this.#factory = undefined;
    try {
      // Throws after a panic (the Wasm value is still borrowed); the adapters must close anyway.
      handle?.engine.free();
    } finally {
      await factory?.close();
    }
  }
}
