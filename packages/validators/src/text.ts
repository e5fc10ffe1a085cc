import { z } from "zod";

// C0/C1 control characters (null bytes included), except tab and newline which free text may keep.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const htmlTags = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->/g;

/** Removes markup and invisible characters from user-written text; trims the result. */
export function sanitizeText(value: string): string {
  return value.replace(controlCharacters, "").replace(htmlTags, "").trim();
}

/** Free text (notes, requests, reasons): sanitised first, then length-checked with the limit in the message. */
export function freeText(maxLength: number) {
  return z
    .string()
    .transform(sanitizeText)
    .pipe(z.string().max(maxLength, { error: `must be at most ${maxLength} characters` }));
}

/** A person's display name: one line, sanitised, 1–100 characters. */
export const personName = z
  .string()
  .transform((value) => sanitizeText(value).replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: "is required" })
      .max(100, { error: "must be at most 100 characters" }),
  );

/** Emails are compared and stored trimmed and lower-cased. */
export const emailAddress = z
  .string()
  .max(254, { error: "must be at most 254 characters" })
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email({ error: "must be a valid email address" }));
