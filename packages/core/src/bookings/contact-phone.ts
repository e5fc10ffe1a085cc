import { invalidPhoneMessage, toE164 } from "@slotted/validators";
import type { ErrorIssue } from "../errors/index.ts";

export type ContactPhoneResult = { ok: true; e164: string } | { ok: false; issue: ErrorIssue };

/** Normalises a contact phone to E.164, reading national numbers in the venue's region. */
export function parseContactPhone(raw: string, region: string, path = "contactPhone"): ContactPhoneResult {
  const e164 = toE164(raw, region);
  return e164 ? { ok: true, e164 } : { ok: false, issue: { path, message: invalidPhoneMessage(region) } };
}
