import { hasPermission, rolesWith, type Permission } from "@slotted/validators";
import type { ProcedureType } from "@trpc/server";
import type { Context } from "../context.ts";
import { appError } from "../errors/index.ts";
import { assertTrustedWrite } from "../auth/request-origin.ts";
import type { AuthState } from "../auth/resolve-auth.ts";

/**
 * The caller, when signed in and active and (unless any signed-in user will do) holding
 * `requirement`; throws UNAUTHORIZED or FORBIDDEN otherwise. Cookie-borne mutations must come
 * from a trusted origin (CSRF).
 */
export async function authorizeCall(
  ctx: Pick<Context, "auth" | "request" | "services">,
  type: ProcedureType,
  requirement: Permission | "signedIn",
): Promise<AuthState> {
  const auth = await ctx.auth();
  if (!auth) throw appError("UNAUTHORIZED", "Sign in to continue: the session is missing, expired or revoked");
  if (type === "mutation") assertTrustedWrite(auth, ctx.request, ctx.services.config);
  if (requirement !== "signedIn" && !hasPermission(auth.user.role, requirement)) {
    throw appError("FORBIDDEN", `This needs the ${requirement} permission (${rolesWith(requirement).join(" or ")})`);
  }
  return auth;
}
