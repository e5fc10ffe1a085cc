import { issueAccountToken } from "@slotted/auth";
import { withTransaction, type AccountTokenPurpose } from "@slotted/db";
import type { MailDeps } from "./mail-deps.ts";

export interface OpenAccountToken {
  token: string;
  email: string;
  name: string;
}

/**
 * Mints a mailed-link token only while the account is open, reading its address in the same
 * transaction under a share lock on the account row. Account deletion locks that row for update,
 * so the two run one after the other: a job that loses the race mints nothing and sends nothing,
 * and one that wins has its token deleted with the account.
 */
export async function issueTokenForOpenAccount(deps: MailDeps, userId: string, purpose: AccountTokenPurpose): Promise<OpenAccountToken | undefined> {
  return withTransaction(deps.prisma, async (tx) => {
    const rows = await tx.$queryRaw<{ email: string; name: string }[]>`
      SELECT "email", "name" FROM "users" WHERE "id" = ${userId}::uuid AND "is_active" AND "deleted_at" IS NULL FOR SHARE`;
    const account = rows[0];
    if (!account) return undefined;
    const { token } = await issueAccountToken(tx, userId, purpose);
    return { token, ...account };
  });
}
