export { generateSessionToken, sessionIdFromToken, isWellFormedToken } from "./session-token.ts";
export {
  createSession,
  validateSessionToken,
  invalidateSession,
  invalidateUserSessions,
  deleteExpiredSessions,
  sessionLifetimeMs,
  sessionRenewWithinMs,
  type SessionUser,
  type ValidSession,
  type SessionMetadata,
} from "./sessions.ts";
export { hashPassword, verifyPassword, verifyAgainstDecoy } from "./password.ts";
export { sessionCookie, blankSessionCookie, readCookie, readBearerToken, type SessionCookieOptions } from "./cookies.ts";
