import { randomInt } from "node:crypto";

/** Digits and capitals that cannot be misread over the phone: no 0/O, 1/I/L, and no U (V). */
export const referenceAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const referencePattern = /^SLT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;

/** A new booking reference, `SLT-` + 6 characters from a CSPRNG (30^6 ≈ 729 million values). */
export function generateBookingReference(): string {
  let code = "";
  for (let i = 0; i < 6; i += 1) code += referenceAlphabet.charAt(randomInt(referenceAlphabet.length));
  return `SLT-${code}`;
}
