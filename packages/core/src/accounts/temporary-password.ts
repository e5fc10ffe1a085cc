import { randomBytes } from "node:crypto";
import { passwordPolicyProblem } from "@slotted/validators";

/**
 * A password made for an account created without one: 24 URL-safe characters from 18 random
 * bytes (144 bits). Checked against the same policy as a chosen password, so it never becomes
 * the one thing the rules would refuse.
 */
export function generateTemporaryPassword(email: string): string {
  for (;;) {
    const candidate = randomBytes(18).toString("base64url");
    if (passwordPolicyProblem(candidate, email) === null) return candidate;
  }
}
