import { hashPassword } from "@slotted/auth";
import { isUniqueViolation, withTransaction, type PrismaClient } from "@slotted/db";
import type { CreatedUser, NewUserRow } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { generateTemporaryPassword } from "../../accounts/temporary-password.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { conflict } from "../../errors/index.ts";
import type { AdminAction } from "./update-user.ts";

/** 409 naming every row (by its index in the request) whose email already has an account. */
function emailsTaken(rows: readonly NewUserRow[], taken: ReadonlySet<string>) {
  const offending = rows.flatMap((row, index) => (taken.has(row.email) ? [{ index, field: "email", message: "already has an account" }] : []));
  return conflict(`${offending.length} of ${rows.length} rows use an email that already has an account; nothing was created`, {
    rows: offending,
  });
}

async function takenEmails(prisma: Pick<PrismaClient, "user">, rows: readonly NewUserRow[]): Promise<Set<string>> {
  const existing = await prisma.user.findMany({ where: { email: { in: rows.map((row) => row.email) } }, select: { email: true } });
  return new Set(existing.map((user) => user.email));
}

/**
 * ADMIN creates up to 100 accounts, all or nothing. A row without a password gets a generated
 * one, answered once on that row (never logged, audited or stored but as its hash). Passwords are
 * hashed before the transaction opens (argon2 is slow; locks must not wait on it). Rows are
 * inserted in email order, so two overlapping batches meet on the unique index in the same order
 * and one simply loses (no deadlock); the loser is told which of its rows collided.
 */
export async function createUsers(prisma: PrismaClient, action: AdminAction, rows: readonly NewUserRow[]): Promise<CreatedUser[]> {
  const withPasswords = rows.map((row) => ({ row, password: row.password ?? generateTemporaryPassword(row.email) }));
  // Emails are unique within a batch (the input schema refuses repeats), so they key the rows.
  const temporaryPasswords = new Map(withPasswords.filter(({ row }) => row.password === undefined).map(({ row, password }) => [row.email, password]));
  const prepared = await Promise.all(
    withPasswords.map(async ({ row, password }) => ({ email: row.email, name: row.name, role: row.role, passwordHash: await hashPassword(password) })),
  );
  prepared.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  try {
    return await withTransaction(prisma, async (tx) => {
      const taken = await takenEmails(tx, rows);
      if (taken.size > 0) throw emailsTaken(rows, taken);
      const created = await tx.user.createManyAndReturn({ data: prepared, select: publicUserSelect });
      await recordAudit(tx, {
        actorId: action.actorId,
        action: "users.bulk_created",
        targetType: "user",
        targetId: null,
        requestId: action.requestId,
        changes: { count: created.length, userIds: created.map((user) => user.id) },
      });
      const byEmail = new Map(created.map((user) => [user.email, user]));
      // Answer in the order the rows were sent.
      return rows.flatMap((row) => {
        const user = byEmail.get(row.email);
        if (!user) return [];
        const temporaryPassword = temporaryPasswords.get(row.email);
        return [temporaryPassword === undefined ? user : { ...user, temporaryPassword }];
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent batch committed some of these emails between our check and our insert.
    const taken = await takenEmails(prisma, rows);
    throw taken.size > 0 ? emailsTaken(rows, taken) : error;
  }
}
