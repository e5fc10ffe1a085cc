import type { SearchSchemaInput } from "@tanstack/react-router";

/** `?token=…` from a mailed link. */
export interface AccountTokenSearch {
  token?: string | undefined;
}

/**
 * Keeps any text token and leaves its checking to the shared schema, so a mangled link gets the
 * same "expired or already used" answer as a spent one. The router JSON-parses values, so an
 * all-digit token would arrive as a number.
 */
export function validateAccountTokenSearch(input: AccountTokenSearch & SearchSchemaInput): AccountTokenSearch {
  const raw: unknown = input.token;
  const token = typeof raw === "number" ? String(raw) : raw;
  return { token: typeof token === "string" && token.trim() !== "" ? token.trim() : undefined };
}
