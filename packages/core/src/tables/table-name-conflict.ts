import { isUniqueViolation, type TransactionClient } from "@slotted/db";
import { conflict } from "../errors/index.ts";

function nameTaken(name: string) {
  return conflict(`There is already a table called "${name}"; choose another name`, { field: "name" });
}

/** 409 when another table has this name, whatever its case (the database's unique index on lower(name) has the last word). */
export async function assertTableNameFree(tx: TransactionClient, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.venueTable.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (clash) throw nameTaken(clash.name);
}

/** A concurrent write took the name between the check and the insert: the same 409. */
export function rethrowTableNameTaken(name: string | undefined) {
  return (error: unknown): never => {
    if (name !== undefined && isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  };
}
