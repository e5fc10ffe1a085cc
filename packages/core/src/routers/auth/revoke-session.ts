import { invalidateUserSession } from "@slotted/auth";
import { revokeSessionInput, sessionsRevoked } from "@slotted/validators";
import { notFound } from "../../errors/index.ts";
import { protectedProcedure } from "../../procedures.ts";
import { clearSessionCookie } from "./session-cookie.ts";

/** Ends one of the caller's own sessions; another user's session ID is simply not found. */
export const revokeSession = protectedProcedure
  .meta({
    openapi: { method: "POST", path: "/auth/sessions/{id}/revoke", tags: ["auth"], summary: "End one of your sessions", protect: true },
  })
  .input(revokeSessionInput)
  .output(sessionsRevoked)
  .mutation(async ({ ctx, input }) => {
    if (!(await invalidateUserSession(ctx.prisma, ctx.user.id, input.id))) throw notFound("Session");
    if (input.id === ctx.session.id) clearSessionCookie(ctx);
    return { revokedSessions: 1 };
  });
