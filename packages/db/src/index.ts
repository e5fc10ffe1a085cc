export * from "./client.ts";
export type { Database, DatabaseMode, JobConnection, PoolStats, SqlRows } from "./database.ts";
export { createDatabase, type CreateDatabaseOptions } from "./create-database.ts";
export { locateMigrationsDir } from "./migrations-dir.ts";
export { buildPgliteTemplate, seedDataDirFromTemplate, type PgliteTemplateManifest, type TemplateUse } from "./pglite-template.ts";
export { withTransaction, lockScope, type TransactionClient, type TransactionOptions } from "./transaction.ts";
export {
  isUniqueViolation,
  isExclusionViolation,
  uniqueViolationTarget,
  isRecordNotFound,
  isForeignKeyViolation,
  isDatabaseUnavailable,
  isStatementCancelled,
  isTransactionTimeout,
  postgresErrorCode,
} from "./prisma-errors.ts";
export * from "./kv/index.ts";
