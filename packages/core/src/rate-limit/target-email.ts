import { createHash } from "node:crypto";
import { emailAddress } from "@slotted/validators";

/**
 * SHA-256 of the account email an `auth` call targets, read from the raw input (the limiter runs
 * before validation). Normalised exactly as the auth schemas do, so `A@x.com ` and `a@x.com`
 * share one counter. Hashed: no personal data in Redis keys. Undefined when the input has no
 * valid email; validation then rejects such a call anyway.
 */
export async function targetEmailHash(getRawInput: () => Promise<unknown>): Promise<string | undefined> {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    return undefined;
  }
  if (typeof raw !== "object" || raw === null || !("email" in raw)) return undefined;
  const parsed = emailAddress.safeParse(raw.email);
  if (!parsed.success) return undefined;
  return createHash("sha256").update(parsed.data).digest("hex");
}
