import { passwordResetDone, resetPasswordInput } from "@slotted/validators";
import { publicProcedure } from "../../procedures.ts";
import { resetPasswordWithToken } from "./reset-password-with-token.ts";

export const resetPassword = publicProcedure
  .meta({
    rateLimit: "auth",
    openapi: {
      method: "POST",
      path: "/auth/password-reset/complete",
      tags: ["auth"],
      summary: "Set a new password with the emailed link's token",
      description: "Signs out every session of the account. 400 naming `token` when the link expired or was used, or `newPassword` when it breaks the policy.",
      protect: false,
    },
  })
  .input(resetPasswordInput)
  .output(passwordResetDone)
  .mutation(async ({ ctx, input }) => {
    await resetPasswordWithToken(ctx.prisma, input, { requestId: ctx.requestId, ip: ctx.request.ip });
    return { reset: true as const };
  });
