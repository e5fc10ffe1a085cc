import { z } from "zod";

// C0/C1 control characters (null bytes included), except tab, newline and carriage return, which are
// whitespace: free text keeps them, one-line fields trim or collapse them. PostgreSQL refuses 0x00 in
// text outright, and the rest have no business in a name, an email, a search or a note.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const htmlTags = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/g;

export const controlCharacterMessage = "must not contain control characters (such as NUL)";

/** True when the text holds a NUL or another control character other than tab, newline or carriage return. */
export function hasControlCharacters(value: string): boolean {
  return controlCharacter.test(value);
}

/**
 * A string input that refuses control characters with a 400 naming the field, rather than
 * stripping them silently: every text input (searches, identifiers, names, emails, notes) starts here.
 */
export function plainText() {
  return z.string().refine((value) => !hasControlCharacters(value), { error: controlCharacterMessage });
}

/** Removes markup and invisible characters from user-written text; trims the result. */
export function sanitizeText(value: string): string {
  return value.replace(controlCharacters, "").replace(htmlTags, "").trim();
}

/** Free text (notes, requests, reasons): control characters refused, markup stripped, then length-checked with the limit in the message. */
export function freeText(maxLength: number) {
  return plainText()
    .transform(sanitizeText)
    .pipe(z.string().max(maxLength, { error: `must be at most ${maxLength} characters` }));
}

/** A person's display name: no control characters, one line (whitespace collapsed), sanitised, 1–100 characters. */
export const personName = plainText()
  .transform((value) => sanitizeText(value).replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: "is required" })
      .max(100, { error: "must be at most 100 characters" }),
  );

/** Emails are compared and stored trimmed and lower-cased. */
export const emailAddress = plainText()
  .max(254, { error: "must be at most 254 characters" })
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email({ error: "must be a valid email address" }));
