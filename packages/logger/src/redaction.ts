/**
 * Paths pino censors wherever they appear in a log object. Secrets (credentials, tokens,
 * cookies) and personal data (emails, phones) never reach the log sink.
 */
const sensitiveKeys = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "sessionToken",
  "accessToken",
  "refreshToken",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "email",
  "contactEmail",
  "phone",
  "contactPhone",
  "adminPassword",
  "metricsToken",
];

export const redactPaths: string[] = [
  "req.headers.authorization",
  "req.headers.cookie",
  "req.headers['x-api-key']",
  "res.headers['set-cookie']",
  ...sensitiveKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
];

/** Redacts anything that looks like a secret or contact detail in free-form strings (e.g. error messages). */
export function scrubText(text: string): string {
  return text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[email]")
    .replace(/\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, "Bearer [redacted]")
    .replace(/\+?\d[\d ()-]{7,}\d/g, "[phone]")
    .replace(/(postgres(?:ql)?|redis|rediss):\/\/[^@\s]+@/gi, "$1://[credentials]@")
    .replace(/\b(password|pass|pwd)=[^\s&;]+/gi, "$1=[redacted]");
}
