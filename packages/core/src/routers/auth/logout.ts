import { invalidateSession } from "@slotted/auth";
import { signedOut } from "@slotted/validators";
import { z } from "zod";
import { assertTrustedWrite } from "../../auth/request-origin.ts";
import { publicProcedure } from "../../procedures.ts";
import { clearSessionCookie } from "./session-cookie.ts";

/** Ends the calling session. Succeeds without one too, so a client can always clear its state. */
export const logout = publicProcedure
  .meta({
    // Cross-site sign-out with a session cookie is refused.
    failures: ["FORBIDDEN"],
    openapi: { method: "POST", path: "/auth/logout", tags: ["auth"], summary: "Sign out of this session and clear the cookie", protect: true },
  })
  .input(z.void())
  .output(signedOut)
  .mutation(async ({ ctx }) => {
    const auth = await ctx.auth();
    if (auth) {
      assertTrustedWrite(auth, ctx.request, ctx.services.config);
      await invalidateSession(ctx.prisma, auth.session.id);
    }
    clearSessionCookie(ctx);
    return { signedOut: true as const };
  });
