import type { Permission } from "@slotted/validators";
import { publicCall, signedInCall } from "./middleware/call-scope.ts";
import { baseProcedure } from "./trpc.ts";

// Each builder adds exactly one middleware (scope, rate limit, role check in one link): tRPC copies
// its call options at every link, so fewer links make every call cheaper.

/** Anyone may call it; every call is rate limited (by `meta.rateLimit`). */
export const publicProcedure = baseProcedure.meta({ access: "public" }).use(publicCall);

/** A signed-in user of any role; `ctx.user` and `ctx.session` are non-null. Rate limited before the auth check. */
export const protectedProcedure = baseProcedure.meta({ access: "signedIn" }).use(signedInCall("signedIn"));

/**
 * A signed-in user whose role holds `permission` (the table in @slotted/validators/permissions):
 * procedures name what they need, never a role.
 */
export function permittedProcedure(permission: Permission) {
  return baseProcedure.meta({ access: "permission", permission }).use(signedInCall(permission));
}
