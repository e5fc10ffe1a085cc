import type { ParsedJobData } from "../job-definitions.ts";
import { deliverOnce, wasDelivered, type Delivery } from "./deliver-once.ts";
import type { MailDeps } from "./mail-deps.ts";
import { issueTokenForOpenAccount } from "./open-account-token.ts";

/** Mails a verification link unless the address was verified (or the account closed) meanwhile. */
export async function sendVerification(deps: MailDeps, jobId: string, data: ParsedJobData<"verification-mail">): Promise<Delivery | "not-needed"> {
  const user = await deps.prisma.user.findUnique({ where: { id: data.userId } });
  if (!user?.isActive || user.emailVerifiedAt) return "not-needed";
  if (await wasDelivered(deps, jobId)) return "already-sent";
  const issued = await issueTokenForOpenAccount(deps, user.id, "EMAIL_VERIFICATION");
  if (!issued) return "not-needed";
  const { token } = issued;
  return deliverOnce(deps, jobId, {
    template: "verify-email",
    to: issued.email,
    name: issued.name,
    verifyUrl: `${deps.context.linkOrigin}/verify-email?token=${token}`,
  });
}
