import type { Role } from "@slotted/db";
import { appError } from "../errors/index.ts";
import { assertTrustedWrite } from "../auth/request-origin.ts";
import { middleware } from "../trpc.ts";

const rank: Record<Role, number> = { CUSTOMER: 0, STAFF: 1, ADMIN: 2 };

/**
 * Requires a signed-in, active user with at least `minimum` role and narrows `ctx.user` to
 * non-null. Cookie-borne mutations must come from a trusted origin (CSRF).
 */
export function requireRole(minimum: Role) {
  return middleware(async ({ ctx, type, next }) => {
    const auth = await ctx.auth();
    if (!auth) throw appError("UNAUTHORIZED", "Sign in to continue: the session is missing, expired or revoked");
    if (type === "mutation") assertTrustedWrite(auth, ctx.request, ctx.services.config);
    if (rank[auth.user.role] < rank[minimum]) {
      throw appError("FORBIDDEN", `This needs the ${minimum} role or higher`);
    }
    return next({ ctx: { user: auth.user, session: auth.session, authVia: auth.via } });
  });
}
