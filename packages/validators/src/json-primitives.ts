import { z } from "zod";

// trpc-to-openapi switches bare number and boolean fields of an input object to coercion, in place
// (query strings are all text), which would also let `"4"` or `"false"` through in JSON bodies and
// tRPC calls. It does not look inside a pipe, so these wrappers keep the schema as written. The one
// way to declare a number or boolean input: `jsonInteger`/`jsonBoolean` in bodies, and
// `queryInteger`/`queryBoolean` for query-string parameters, which accept the text form on purpose.

/** An integer that must arrive as a JSON number. */
export function jsonInteger(min: number, max: number) {
  return z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .pipe(z.number());
}

/** A boolean that must arrive as a JSON boolean. */
export const jsonBoolean = z.boolean({ error: "must be true or false" }).pipe(z.boolean());

/** A query-string integer (`?page=2`), or a JSON number from tRPC. */
export function queryInteger(min: number, max: number) {
  return z
    .union([z.number(), z.string().regex(/^\d{1,9}$/).transform(Number)], { error: "must be a whole number" })
    .pipe(
      z
        .number()
        .int({ error: "must be a whole number" })
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );
}

/** A query-string boolean (`?isActive=false`), or a JSON boolean from tRPC. */
export const queryBoolean = z
  .union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], {
    error: "must be true or false",
  })
  .pipe(z.boolean());
