import { authSession, loginInput } from "@slotted/validators";
import { publicProcedure } from "../../procedures.ts";
import { sessionMetadata, setSessionCookie } from "./session-cookie.ts";
import { signInWithPassword } from "./sign-in-with-password.ts";

export const login = publicProcedure
  .meta({
    rateLimit: "auth",
    failures: ["UNAUTHORIZED"],
    openapi: {
      method: "POST",
      path: "/auth/login",
      tags: ["auth"],
      summary: "Sign in with email and password",
      description: "Answers the user, a bearer token and its expiry, and sets the session cookie. 401 for any bad credentials.",
      protect: false,
    },
  })
  .input(loginInput)
  .output(authSession)
  .mutation(async ({ ctx, input }) => {
    const signedIn = await signInWithPassword(ctx.prisma, input, sessionMetadata(ctx), ctx.requestId);
    setSessionCookie(ctx, signedIn.token, signedIn.expiresAt);
    return signedIn;
  });
