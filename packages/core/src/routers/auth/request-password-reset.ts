import { withTransaction } from "@slotted/db";
import { mailRequestAccepted, requestPasswordResetInput } from "@slotted/validators";
import { publicProcedure } from "../../procedures.ts";

/**
 * Always the same answer, after the same work: one job enqueued, whatever the address. The job
 * looks the account up later, so neither the status, the body nor the time tells a caller
 * whether an account exists.
 */
export const requestPasswordReset = publicProcedure
  .meta({
    rateLimit: "auth",
    openapi: {
      method: "POST",
      path: "/auth/password-reset",
      tags: ["auth"],
      summary: "Email a password-reset link",
      description: "Always 200 `{ accepted: true }`. If an active account has this email, it receives a single-use link valid for 30 minutes.",
      protect: false,
    },
  })
  .input(requestPasswordResetInput)
  .output(mailRequestAccepted)
  .mutation(async ({ ctx, input }) => {
    await withTransaction(ctx.prisma, (tx) => ctx.services.jobs.enqueue(tx, "password-reset-mail", { email: input.email }), { signal: ctx.signal });
    return { accepted: true as const };
  });
