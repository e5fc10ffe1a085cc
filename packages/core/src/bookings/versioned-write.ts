import type { Booking, Prisma, TransactionClient } from "@slotted/db";
import { conflict } from "../errors/index.ts";

function staleVersion(currentVersion: number | undefined) {
  return conflict("This booking changed since you loaded it; reload it and try again", { currentVersion });
}

/** 409 when the client names a version other than the one it is about to change. */
export function assertVersion(row: Pick<Booking, "version">, expected: number | undefined): void {
  if (expected !== undefined && expected !== row.version) throw staleVersion(row.version);
}

/**
 * Writes `data` only if the row still has the version it was read at, and bumps the version:
 * a concurrent writer that got there first turns this write into a 409 instead of overwriting it.
 */
export async function writeVersioned(tx: TransactionClient, row: Pick<Booking, "id" | "version">, data: Prisma.BookingUncheckedUpdateManyInput): Promise<Booking> {
  const { count } = await tx.booking.updateMany({
    where: { id: row.id, version: row.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.booking.findUnique({ where: { id: row.id }, select: { version: true } });
    throw staleVersion(current?.version);
  }
  return tx.booking.findUniqueOrThrow({ where: { id: row.id } });
}
