import { changePasswordInput, sessionsRevoked } from "@slotted/validators";
import { protectedProcedure } from "../../procedures.ts";
import { replacePassword } from "./replace-password.ts";

export const changePassword = protectedProcedure
  .meta({
    rateLimit: "auth",
    openapi: {
      method: "POST",
      path: "/auth/change-password",
      tags: ["auth"],
      summary: "Change your password",
      description: "Needs the current password; signs out every other session and answers how many were ended.",
      protect: true,
    },
  })
  .input(changePasswordInput)
  .output(sessionsRevoked)
  .mutation(({ ctx, input }) => replacePassword(ctx.prisma, { userId: ctx.user.id, sessionId: ctx.session.id }, input));
