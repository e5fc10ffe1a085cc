import { authSession, registerInput } from "@slotted/validators";
import { publicProcedure } from "../../procedures.ts";
import { invalidateDashboardStats } from "../users/dashboard-stats.ts";
import { registerAccount } from "./register-account.ts";
import { sessionMetadata, setSessionCookie } from "./session-cookie.ts";

export const register = publicProcedure
  .meta({
    rateLimit: "auth",
    creates: "resource",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/auth/register",
      tags: ["auth"],
      summary: "Create a customer account and sign in",
      description: "Answers the user, a bearer token and its expiry, and sets the session cookie. 409 when the email is taken.",
      protect: false,
    },
  })
  .input(registerInput)
  .output(authSession)
  .mutation(async ({ ctx, input }) => {
    const signedIn = await registerAccount(ctx.prisma, ctx.services.jobs, input, sessionMetadata(ctx));
    setSessionCookie(ctx, signedIn.token, signedIn.expiresAt);
    await invalidateDashboardStats(ctx);
    return signedIn;
  });
