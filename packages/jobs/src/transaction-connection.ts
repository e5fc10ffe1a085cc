import type { SqlRows, TransactionClient } from "@slotted/db";

/** A plain object (a job's data) travels as JSON text; arrays, dates and scalars as themselves. */
function isJsonObject(value: unknown): value is object {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * pg-boss's connection interface over an open Prisma transaction, so a job is inserted by the
 * same transaction as the write that causes it: both commit, or neither does. Objects are sent
 * as JSON text (the job's `data`), as node-postgres would send them.
 */
export function transactionConnection(tx: TransactionClient): { executeSql(text: string, values: unknown[]): Promise<SqlRows> } {
  return {
    async executeSql(text, values) {
      const params = values.map((value) => (isJsonObject(value) ? JSON.stringify(value) : value));
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
      return { rows };
    },
  };
}
