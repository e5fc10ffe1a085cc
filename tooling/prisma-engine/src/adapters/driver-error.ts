import { DriverAdapterError } from "@prisma/driver-adapter-utils";

interface PostgresErrorFields {
  code: string;
  message: string;
  severity?: string | undefined;
  detail?: string | undefined;
  column?: string | undefined;
  hint?: string | undefined;
}

function isPostgresError(error: unknown): error is PostgresErrorFields {
  if (!(error instanceof Error)) return false;
  const fields = error as Error & Partial<Record<keyof PostgresErrorFields, unknown>>;
  // SQLSTATE codes are five characters; Node's own errors (ECONNREFUSED…) are not database errors.
  return typeof fields.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code);
}

/**
 * A database error in the shape the engine understands (so it shows the server's message and
 * SQLSTATE); anything else is rethrown as is and reaches the engine as an "External error".
 */
export function toDriverAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: error.code,
    originalMessage: error.message,
  });
}
