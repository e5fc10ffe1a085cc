import { withTransaction } from "@slotted/db";
import { mailRequestAccepted } from "@slotted/validators";
import { z } from "zod";
import { protectedProcedure } from "../../procedures.ts";

export const resendVerification = protectedProcedure
  .meta({
    rateLimit: "auth",
    openapi: {
      method: "POST",
      path: "/auth/verify-email/resend",
      tags: ["auth"],
      summary: "Email a new verification link to the signed-in account",
      description: "Always 200; nothing is sent when the address is already verified.",
      protect: true,
    },
  })
  .input(z.void())
  .output(mailRequestAccepted)
  .mutation(async ({ ctx }) => {
    if (!ctx.user.emailVerifiedAt) {
      await withTransaction(ctx.prisma, (tx) => ctx.services.jobs.enqueue(tx, "verification-mail", { userId: ctx.user.id }), { signal: ctx.signal });
    }
    return { accepted: true as const };
  });
