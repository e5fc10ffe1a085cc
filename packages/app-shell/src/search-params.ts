/**
 * Readers for URL search values. The router has already JSON-parsed them (`?party=4` arrives as
 * the number 4), but a hand-edited or stale link can hold anything: each reader answers a
 * well-typed value or undefined, so a bad parameter is dropped instead of breaking the page.
 *
 * Plain functions on purpose: route search validation runs in the entry chunk, and zod there
 * would pull zod's whole core into the first load (the lazy form pages share it with the
 * validators package, and tree-shaking keeps what any chunk uses).
 */

export function readPattern(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === "string" && pattern.test(value) ? value : undefined;
}

export function readInteger(value: unknown, min: number, max: number = Number.MAX_SAFE_INTEGER): number | undefined {
  const number = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

export function readChoice<Choice extends string>(value: unknown, choices: readonly Choice[]): Choice | undefined {
  return choices.find((choice) => choice === value);
}

export const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
