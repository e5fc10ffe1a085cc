/**
 * A recipient as log lines may show it: the first character of the local part and the domain,
 * "jane.doe@example.com" → "j***@example.com". Enough to tell deliveries apart, not to read the
 * address. Odd input (no "@", a display name, blanks) still masks rather than throws.
 */
export function maskRecipient(recipient: string): string {
  // "Jane <jane@example.com>" → the address inside the brackets; a display name is personal data too.
  const address = (/<([^<>]*)>\s*$/.exec(recipient)?.[1] ?? recipient).trim();
  const at = address.lastIndexOf("@");
  if (at === -1) return "***";
  const first = Array.from(address.slice(0, at))[0] ?? "";
  return `${first}***@${address.slice(at + 1)}`;
}
