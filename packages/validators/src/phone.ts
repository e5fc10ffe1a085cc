import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { z } from "zod";

/**
 * What a person may type as a phone number: digits with the usual separators and an optional
 * leading + (or 00). Whether it is a real number depends on the venue's default region, so the
 * server (and a client that knows the region) finishes the job with `toE164`.
 */
export const phoneText = z
  .string()
  .max(40, { error: "must be at most 40 characters" })
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, { error: "is required" })
      .regex(/^\+?(?:[ ().-]*\d){4,}[ ().-]*$/, { error: "must be a phone number (digits, spaces, + ( ) - .)" }),
  );

/** An ISO 3166 alpha-2 region that the phone-number metadata knows. */
export function isPhoneRegion(region: string): region is CountryCode {
  return isSupportedCountry(region);
}

/**
 * The number in E.164 (`+447911123456`), or undefined when it is not a valid number. Numbers
 * without a country code are read as numbers of `defaultRegion`.
 */
export function toE164(raw: string, defaultRegion: string): string | undefined {
  const region = isPhoneRegion(defaultRegion) ? defaultRegion : undefined;
  const parsed = parsePhoneNumberFromString(raw.trim(), region ? { defaultCountry: region } : undefined);
  return parsed?.isValid() ? parsed.number : undefined;
}

export const invalidPhoneMessage = (defaultRegion: string) =>
  `must be a valid phone number (numbers outside ${defaultRegion} need their + country code)`;

/** A region-aware phone schema that outputs E.164: for clients that know the venue's region. */
export function phoneNumber(defaultRegion: string) {
  return phoneText.transform((value, ctx) => {
    const e164 = toE164(value, defaultRegion);
    if (e164) return e164;
    ctx.issues.push({ code: "custom", message: invalidPhoneMessage(defaultRegion), input: value });
    return z.NEVER;
  });
}
