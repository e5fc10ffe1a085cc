import { z } from "zod";
import { currentPassword, newPassword, passwordNotEmail } from "./password.ts";
import { emailAddress, personName } from "./text.ts";
import { publicUser } from "./users.ts";

export const registerInput = z
  .object({ email: emailAddress, password: newPassword, name: personName })
  .strict()
  .superRefine(passwordNotEmail);
export type RegisterInput = z.infer<typeof registerInput>;

export const loginInput = z.object({ email: emailAddress, password: currentPassword }).strict();
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z
  .object({ currentPassword, newPassword })
  .strict()
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ["newPassword"],
    error: "must differ from the current password",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const updateProfileInput = z.object({ name: personName }).strict();
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

/** Sessions are addressed by their stored ID (the token's SHA-256), which grants nothing by itself. */
export const sessionId = z.string().regex(/^[0-9a-f]{64}$/, { error: "must be a session ID from auth.sessions" });
export const revokeSessionInput = z.object({ id: sessionId }).strict();

/** A signed-in answer: the bearer token for API clients (browsers also get it as a cookie). */
export const authSession = z.object({ user: publicUser, token: z.string(), expiresAt: z.date() });

export const sessionSummary = z.object({
  id: sessionId,
  /** The session this request was made with. */
  current: z.boolean(),
  createdAt: z.date(),
  lastUsedAt: z.date(),
  expiresAt: z.date(),
  userAgent: z.string().nullable(),
});

export const sessionList = z.object({ sessions: z.array(sessionSummary) });
export const signedOut = z.object({ signedOut: z.literal(true) });
export const sessionsRevoked = z.object({ revokedSessions: z.number().int().nonnegative() });

/** A token from a mailed link (32 base32 characters); anything else is refused before a lookup. */
export const accountToken = z.string().trim().regex(/^[a-z2-7]{32}$/, { error: "must be the code from the link in your email" });

export const requestPasswordResetInput = z.object({ email: emailAddress }).strict();
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;

export const resetPasswordInput = z.object({ token: accountToken, newPassword }).strict();
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const verifyEmailInput = z.object({ token: accountToken }).strict();
export type VerifyEmailInput = z.infer<typeof verifyEmailInput>;

/** The answer to a request that must not reveal whether an account exists. */
export const mailRequestAccepted = z.object({ accepted: z.literal(true) });
export const passwordResetDone = z.object({ reset: z.literal(true) });
export const emailVerified = z.object({ verified: z.literal(true), emailVerifiedAt: z.date() });
