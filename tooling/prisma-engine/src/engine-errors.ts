import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { CodedError } from "./coded-error.ts";
import type { EngineFailure } from "./protocol.ts";
import { ensurePanicRegistry } from "./panic-registry.ts";
import { isWasmTrap } from "./webassembly.ts";

const EXTERNAL_ERROR = /External error id#(\d+)/g;
/** The engine appends a Rust span trace ("   0: schema_engine_wasm::…") that means nothing to users. */
const SPAN_TRACE = /\n\s+\d+: [\w:]+::[\w<>:]+[\s\S]*$/;
const PRISMA_CODE = /^P\d{4}$/;
/** The only place the engine names a migration whose script failed is its span trace. */
const FAILED_MIGRATION = /apply_script\s+with migration_name="([^"]+)"/;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string | null {
  if (error instanceof CodedError) return error.errorCode;
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && PRISMA_CODE.test(error.code)) {
    return error.code;
  }
  return null;
}

/**
 * Turns whatever the engine (or our own code) threw into the message and Prisma error code the
 * CLI shows. Adapter failures reach the engine only as "External error id#N": the real error is in
 * the bound factory's registry, and reading it also frees the slot.
 */
export function describeEngineError(error: unknown, registry?: ErrorRegistry): EngineFailure {
  if (isWasmTrap(error)) {
    const panics = ensurePanicRegistry();
    const message = panics.get() || messageOf(error);
    panics.set_message("");
    return { message, errorCode: null, isPanic: true };
  }
  let errorCode = codeOf(error);
  const message = messageOf(error).replace(EXTERNAL_ERROR, (whole, id: string) => {
    const record = registry?.consumeError(Number(id));
    if (!record) return whole;
    errorCode ??= codeOf(record.error);
    return messageOf(record.error);
  });
  const databaseError = message.replace(SPAN_TRACE, "").trimEnd();
  const failedMigration = FAILED_MIGRATION.exec(message)?.[1];
  if (failedMigration && !errorCode) {
    // Worded like the native engine's P3018, which names the migration to resolve.
    return {
      message: [
        "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve",
        `Migration name: ${failedMigration}`,
        `Database error:\n${databaseError.replace(/^external connector error\n/, "")}`,
      ].join("\n\n"),
      errorCode: "P3018",
      isPanic: false,
      meta: { migration_name: failedMigration, database_error: databaseError },
    };
  }
  return { message: databaseError, errorCode, isPanic: false };
}
