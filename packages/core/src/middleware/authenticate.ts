import type { Role } from "@slotted/db";
import type { ProcedureType } from "@trpc/server";
import type { Context } from "../context.ts";
import { appError } from "../errors/index.ts";
import { assertTrustedWrite } from "../auth/request-origin.ts";
import type { AuthState } from "../auth/resolve-auth.ts";

const rank: Record<Role, number> = { CUSTOMER: 0, STAFF: 1, ADMIN: 2 };

/**
 * The caller, when signed in and active with at least `minimum` role; throws UNAUTHORIZED or
 * FORBIDDEN otherwise. Cookie-borne mutations must come from a trusted origin (CSRF).
 */
export async function authorizeCall(
  ctx: Pick<Context, "auth" | "request" | "services">,
  type: ProcedureType,
  minimum: Role,
): Promise<AuthState> {
  const auth = await ctx.auth();
  if (!auth) throw appError("UNAUTHORIZED", "Sign in to continue: the session is missing, expired or revoked");
  if (type === "mutation") assertTrustedWrite(auth, ctx.request, ctx.services.config);
  if (rank[auth.user.role] < rank[minimum]) {
    throw appError("FORBIDDEN", `This needs the ${minimum} role or higher`);
  }
  return auth;
}
