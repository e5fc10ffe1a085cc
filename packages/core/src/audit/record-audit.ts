import type { Prisma, TransactionClient } from "@slotted/db";

export interface AuditRecord {
  /** Who did it; null for the system itself (start-up bootstrap). */
  actorId: string | null;
  /** `<target>.<what happened>`, e.g. `user.role_changed`, `users.bulk_created`. */
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  /** A small JSON of what changed (`{ role: { from, to } }`); never secrets or contact details. */
  changes: Prisma.InputJsonObject;
}

/**
 * Appends to the audit log inside the caller's transaction, so the entry exists exactly when
 * the change it describes was committed.
 */
export async function recordAudit(tx: Pick<TransactionClient, "auditLog">, record: AuditRecord): Promise<void> {
  await tx.auditLog.create({ data: record });
}
