import { requireRole } from "./middleware/authenticate.ts";
import { callScope } from "./middleware/call-scope.ts";
import { rateLimit } from "./middleware/rate-limit.ts";
import { baseProcedure } from "./trpc.ts";

/**
 * Anyone may call it. Every other builder starts from here, so every call is rate limited
 * (by `meta.rateLimit`) before any auth check.
 */
export const publicProcedure = baseProcedure.meta({ access: "public" }).use(callScope).use(rateLimit);

/** A signed-in user of any role; `ctx.user` and `ctx.session` are non-null. */
export const protectedProcedure = publicProcedure.meta({ access: "signedIn" }).use(requireRole("CUSTOMER"));

/** STAFF or ADMIN. */
export const staffProcedure = publicProcedure.meta({ access: "staff" }).use(requireRole("STAFF"));

/** ADMIN only. */
export const adminProcedure = publicProcedure.meta({ access: "admin" }).use(requireRole("ADMIN"));
