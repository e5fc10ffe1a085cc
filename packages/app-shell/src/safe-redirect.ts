/**
 * A `redirect` search value is only followed when it is a path inside this app: one leading
 * slash, no scheme, no protocol-relative `//host`, no backslash tricks browsers read as `//`.
 * Anything else is dropped, so a crafted sign-in link cannot send people to another site.
 */
export function isSafeRedirect(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return false;
  // Control characters (tabs, newlines) are stripped by URL parsers and could hide a `//`.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(value)) return false;
  const parsed = new URL(value, "https://app.invalid");
  return parsed.origin === "https://app.invalid";
}
