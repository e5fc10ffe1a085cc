import { accountTokenLifetimeMs } from "@slotted/auth";
import type { ParsedJobData } from "../job-definitions.ts";
import { deliverOnce, wasDelivered, type Delivery } from "./deliver-once.ts";
import type { MailDeps } from "./mail-deps.ts";
import { issueTokenForOpenAccount } from "./open-account-token.ts";

/**
 * The request answered the same whether or not the address has an account; this job finds out.
 * Only an active account gets a link: a fresh single-use token, valid 30 minutes, whose hash
 * alone is stored. A retry after the mail went out mints nothing.
 */
export async function sendPasswordReset(deps: MailDeps, jobId: string, data: ParsedJobData<"password-reset-mail">): Promise<Delivery | "no-account"> {
  const user = await deps.prisma.user.findUnique({ where: { email: data.email.toLowerCase() } });
  if (!user?.isActive) return "no-account";
  if (await wasDelivered(deps, jobId)) return "already-sent";
  const issued = await issueTokenForOpenAccount(deps, user.id, "PASSWORD_RESET");
  if (!issued) return "no-account";
  const resetUrl = `${deps.context.linkOrigin}/reset-password?token=${issued.token}`;
  return deliverOnce(deps, jobId, {
    template: "password-reset",
    to: issued.email,
    name: issued.name,
    resetUrl,
    expiresInMinutes: accountTokenLifetimeMs.PASSWORD_RESET / 60_000,
  });
}
