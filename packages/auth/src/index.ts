export { generateSessionToken, sessionIdFromToken, isWellFormedToken } from "./session-token.ts";
export {
  createSession,
  validateSessionToken,
  listUserSessions,
  invalidateSession,
  invalidateUserSession,
  invalidateUserSessions,
  deleteExpiredSessions,
  sessionLifetimeMs,
  sessionRenewWithinMs,
  sessionTouchIntervalMs,
  type SessionDatabase,
  type SessionUser,
  type ValidSession,
  type SessionMetadata,
} from "./sessions.ts";
export { hashPassword, verifyPassword, verifyAgainstDecoy, warmPasswordDecoy, maxConcurrentHashes } from "./password.ts";
export { sessionCookie, blankSessionCookie, readCookie, readBearerToken, type SessionCookieOptions } from "./cookies.ts";
export {
  issueAccountToken,
  consumeAccountToken,
  deleteExpiredAccountTokens,
  accountTokenLifetimeMs,
  type AccountTokenDatabase,
  type IssuedAccountToken,
} from "./account-tokens.ts";
