import { consumeAccountToken } from "@slotted/auth";
import { withTransaction } from "@slotted/db";
import { emailVerified, verifyEmailInput } from "@slotted/validators";
import { appError } from "../../errors/index.ts";
import { publicProcedure } from "../../procedures.ts";

/** Public: the link works in any browser, signed in or not; the token alone identifies the account. */
export const verifyEmail = publicProcedure
  .meta({
    rateLimit: "auth",
    openapi: {
      method: "POST",
      path: "/auth/verify-email",
      tags: ["auth"],
      summary: "Confirm an email address with the emailed link's token",
      description: "400 naming `token` when the link expired or was already used.",
      protect: false,
    },
  })
  .input(verifyEmailInput)
  .output(emailVerified)
  .mutation(({ ctx, input }) =>
    withTransaction(ctx.prisma, async (tx) => {
      const userId = await consumeAccountToken(tx, input.token, "EMAIL_VERIFICATION");
      if (!userId) {
        const message = "this link has expired or was already used; sign in and ask for a new one";
        throw appError("BAD_REQUEST", `token: ${message}`, { issues: [{ path: "token", message }] });
      }
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
      const emailVerifiedAt = user.emailVerifiedAt ?? new Date();
      if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt }, select: { id: true } });
      return { verified: true as const, emailVerifiedAt };
    }),
  );
