import { listUserSessions } from "@slotted/auth";
import { sessionList } from "@slotted/validators";
import { z } from "zod";
import { protectedProcedure } from "../../procedures.ts";

export const sessions = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/auth/sessions",
      tags: ["auth"],
      summary: "Your active sessions",
      description: "Each `id` is the session's stored ID (not its token) and can be passed to the revoke endpoint.",
      protect: true,
    },
  })
  .input(z.void())
  .output(sessionList)
  .query(async ({ ctx }) => {
    const rows = await listUserSessions(ctx.prisma, ctx.user.id);
    return {
      sessions: rows.map((session) => ({
        id: session.id,
        current: session.id === ctx.session.id,
        createdAt: session.createdAt,
        lastUsedAt: session.lastUsedAt,
        expiresAt: session.expiresAt,
        userAgent: session.userAgent,
      })),
    };
  });
