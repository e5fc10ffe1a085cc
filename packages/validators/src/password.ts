import { z } from "zod";
import { controlCharacterMessage, hasControlCharacters } from "./text.ts";

export const passwordMinLength = 10;
export const passwordMaxLength = 128;

/**
 * The most common leaked passwords that satisfy the length rule (from public breach top lists),
 * compared case-insensitively. Short on purpose: it stops the guesses attackers try first
 * without shipping a dictionary to the browser.
 */
const commonPasswords = new Set([
  "0000000000",
  "0123456789",
  "0987654321",
  "1111111111",
  "1234512345",
  "1234567890",
  "1234567891",
  "12345678910",
  "123456654321",
  "123123123123",
  "123456789a",
  "123456789q",
  "1q2w3e4r5t",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "a123456789",
  "aaaaaaaaaa",
  "abc1234567",
  "abcdefghij",
  "admin12345",
  "admin123456",
  "adminadmin",
  "administrator",
  "asdfghjkl1",
  "baseball123",
  "changeme123",
  "dragon1234",
  "football123",
  "iloveyou12",
  "iloveyou123",
  "letmein123",
  "master1234",
  "monkey1234",
  "p@ssw0rd123",
  "passw0rd123",
  "password12",
  "password123",
  "password1234",
  "password12345",
  "passwordpassword",
  "princess123",
  "q1w2e3r4t5",
  "q1w2e3r4t5y6",
  "qazwsxedc123",
  "qwerty1234",
  "qwerty123456",
  "qwertyqwerty",
  "qwertyuiop",
  "qwertyuiop123",
  "shadow1234",
  "starwars123",
  "sunshine123",
  "superman123",
  "trustno1234",
  "welcome123",
  "welcome1234",
  "zaq12wsxcde3",
  "zxcvbnm123",
]);

/** Hashing input must be plain text: a NUL byte ends the string in C-based hashers and can't be typed. */
export const nulPasswordMessage = "must not contain a NUL character";

export const commonPasswordMessage = "is one of the most common passwords; choose another";
export const passwordIsEmailMessage = "must not be the same as the email address";

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.trim().toLowerCase());
}

/** True when the password is just the account's email (case and surrounding spaces ignored). */
export function passwordMatchesEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}

/**
 * Why a new password is unacceptable, or null when it passes the policy: 10–128 characters,
 * no control characters, not a common password, not the account's email. Servers and the React forms share it.
 */
export function passwordPolicyProblem(password: string, email?: string): string | null {
  if (password.length < passwordMinLength) return `must be at least ${passwordMinLength} characters`;
  if (password.length > passwordMaxLength) return `must be at most ${passwordMaxLength} characters`;
  if (hasControlCharacters(password)) return controlCharacterMessage;
  if (isCommonPassword(password)) return commonPasswordMessage;
  if (email !== undefined && passwordMatchesEmail(password, email)) return passwordIsEmailMessage;
  return null;
}

/** A password being set: length and common-password rules (the email rule needs the email; see `passwordNotEmail`). */
export const newPassword = z
  .string()
  .min(passwordMinLength, { error: `must be at least ${passwordMinLength} characters` })
  .max(passwordMaxLength, { error: `must be at most ${passwordMaxLength} characters` })
  .refine((value) => !hasControlCharacters(value), { error: controlCharacterMessage })
  .refine((value) => !isCommonPassword(value), { error: commonPasswordMessage });

/**
 * A password being checked (sign-in, confirmation): never policy-checked, since older passwords predate
 * the policy; only a NUL, which no stored password can hold, is refused.
 */
export const currentPassword = z
  .string()
  .min(1, { error: "is required" })
  .max(passwordMaxLength, { error: `must be at most ${passwordMaxLength} characters` })
  .refine((value) => !value.includes("\u0000"), { error: nulPasswordMessage });

/** Object-level check for schemas holding both an `email` and a `password` (an absent password passes). */
export function passwordNotEmail(value: { email: string; password?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.password !== undefined && passwordMatchesEmail(value.password, value.email)) {
    ctx.addIssue({ code: "custom", path: ["password"], message: passwordIsEmailMessage });
  }
}
