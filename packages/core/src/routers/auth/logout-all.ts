import { invalidateUserSessions } from "@slotted/auth";
import { sessionsRevoked } from "@slotted/validators";
import { z } from "zod";
import { protectedProcedure } from "../../procedures.ts";
import { clearSessionCookie } from "./session-cookie.ts";

export const logoutAll = protectedProcedure
  .meta({
    openapi: { method: "POST", path: "/auth/logout-all", tags: ["auth"], summary: "Sign out of every session, this one included", protect: true },
  })
  .input(z.void())
  .output(sessionsRevoked)
  .mutation(async ({ ctx }) => {
    const revokedSessions = await invalidateUserSessions(ctx.prisma, ctx.user.id);
    clearSessionCookie(ctx);
    return { revokedSessions };
  });
