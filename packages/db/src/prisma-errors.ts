import { Prisma } from "./client.ts";

/** Prisma's error codes that mean "the request conflicts with data", not "the server broke". */
const uniqueViolation = "P2002";
const recordNotFound = "P2025";
const foreignKeyViolation = "P2003";

function knownCode(error: unknown): string | undefined {
  return error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
}

interface DriverErrorMeta {
  driverAdapterError?: { cause?: { originalCode?: unknown } };
}

/** PostgreSQL's SQLSTATE behind a failed query (driver adapters put it in the meta), if any. */
export function postgresErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const code = ((error.meta ?? {}) as DriverErrorMeta).driverAdapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}

/** PostgreSQL refused a row that overlaps another under an exclusion constraint (23P01). */
export function isExclusionViolation(error: unknown): boolean {
  return postgresErrorCode(error) === "23P01";
}

/** An interactive transaction ran past its timeout (or waited too long to start) and was rolled back. */
export function isTransactionTimeout(error: unknown): boolean {
  return knownCode(error) === "P2028";
}

/** PostgreSQL cancelled the statement (57014): statement_timeout, or a cancel request. */
export function isStatementCancelled(error: unknown): boolean {
  return postgresErrorCode(error) === "57014";
}

interface UniqueViolationMeta {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
}

/** The fields or index a unique violation names (the classic engine and driver adapters report differently). */
export function uniqueViolationTarget(error: unknown): string[] | undefined {
  if (knownCode(error) !== uniqueViolation) return undefined;
  const meta = ((error as Prisma.PrismaClientKnownRequestError).meta ?? {}) as UniqueViolationMeta;
  const constraint = meta.driverAdapterError?.cause?.constraint;
  const target = meta.target ?? constraint?.fields ?? constraint?.index;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  return [];
}

export function isUniqueViolation(error: unknown): boolean {
  return knownCode(error) === uniqueViolation;
}

export function isRecordNotFound(error: unknown): boolean {
  return knownCode(error) === recordNotFound;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return knownCode(error) === foreignKeyViolation;
}

/** Failures that mean the database could not be reached or did not answer in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const code = knownCode(error);
  if (code && ["P1001", "P1002", "P1008", "P1017", "P2024"].includes(code)) return true;
  const message = error instanceof Error ? error.message : "";
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|Can't reach database/i.test(message);
}
