/**
 * Property-based fuzzing of every REST operation the OpenAPI document lists: hostile bodies,
 * queries and path parameters, sent anonymously, as a customer and as an admin. Whatever arrives,
 * the server answers below 500, in the one error shape, without a stack trace, and stays ready.
 * Bounded and reproducible: a fixed seed per operation and a fixed number of runs.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingBody, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { createAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const seed = 20261130;
/** Runs per operation and role: 34 operations × 3 roles × 30 ≈ 3,000 requests. */
const runsPerRole = 30;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};

interface Parameter {
  in: "path" | "query" | "header";
  name: string;
  schema?: JsonSchema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

type Role = "anonymous" | "customer" | "admin";

interface Fuzzed {
  role: Role;
  /** Path parameters: `raw` ones go into the URL as they are (malformed escapes), the rest encoded. */
  pathValues: { text: string; raw: boolean }[];
  query: [string, string][];
  /** Raw request body text, or undefined for no body. */
  body: string | undefined;
}

// ---- hostile values -------------------------------------------------------------------------

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const oddChar = fc.constantFrom("\u0000", "\u007f", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "%", "_", "'", '"', "\\", "😀", "é");

const controlString = fc
  .array(fc.oneof(controlChar, oddChar, fc.string({ maxLength: 4 })), { maxLength: 24 })
  .map((parts) => parts.join(""));

/** Up to ~20 kB: a short seed repeated, so generating it stays cheap. */
const hugeString = fc
  .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), controlString.filter((s) => s.length > 0)), fc.integer({ min: 500, max: 20_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: controlString },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", " ", "null", "undefined", "NaN", "-1", "0", "1e309", "9".repeat(40), "2026-02-30", "25:61", "../../etc/passwd", "' OR 1=1 --", "%00", "%", "_"),
  },
);

const pollutionKey = fc.constantFrom("__proto__", "constructor", "prototype");

/** `{"__proto__": {...}}` as an own key (Object.fromEntries defines, never sets the prototype). */
const pollutedObject = fc
  .tuple(pollutionKey, fc.constantFrom<unknown>({ isAdmin: true, role: "ADMIN", polluted: "yes" }, { prototype: { polluted: "yes" } }, "yes", null))
  .map(([key, value]) => Object.fromEntries([[key, value]]) as Record<string, unknown>);

/** Deep nesting: 10 to 5,000 levels of arrays or objects, well under the 100 kB body limit. */
const deepText = fc.tuple(fc.integer({ min: 10, max: 5_000 }), fc.boolean()).map(([depth, arrays]) =>
  arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(-1),
  hostileString,
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), pollutionKey), fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxKeys: 4 }),
  pollutedObject,
);

// ---- plausible values, so hostile fields also reach code behind the validation of the others ----

const plausibleString = (schema: JsonSchema): fc.Arbitrary<unknown> => {
  if (schema.format === "date" || schema.pattern?.includes("-02-29")) return fc.constantFrom(...bookableDates, "2030-01-01");
  if (schema.pattern?.includes("[0-5]\\d")) return fc.constantFrom("19:00", "12:30");
  if (schema.format === "date-time") return fc.constant("2030-06-14T19:00:00.000Z");
  if (schema.format === "email") return fc.constant("fuzz@example.test");
  return fc.constantFrom("Fuzz Tester", "fuzz@example.test", "+44 20 7946 0958", "correct-horse-battery-staple");
};

function plausible(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return wrongType;
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((variant) => plausible(variant, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return plausibleString(schema);
    case "integer":
    case "number":
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100 });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(fuzzValue(schema.items, depth + 1), { minLength: 1, maxLength: 3 });
    case "object":
      return fuzzObject(schema, depth + 1);
    default:
      return wrongType;
  }
}

/** A plausible value most of the time, a hostile one otherwise. */
function fuzzValue(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: plausible(schema, depth) }, { weight: 1, arbitrary: wrongType });
}

/** Every known field present, missing or hostile, plus an occasional unknown or prototype key. */
function fuzzObject(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fc.option(fuzzValue(property, depth), { nil: undefined, freq: 4 }).map((value) => [name, value] as const),
  );
  const extra = fc.option(fc.tuple(fc.oneof(pollutionKey, fc.string({ maxLength: 12 })), wrongType), { nil: undefined, freq: 3 });
  return fc.tuple(fc.tuple(...fields), extra).map(([entries, added]) => {
    const present = entries.filter(([, value]) => value !== undefined);
    return Object.fromEntries(added ? [...present, added] : present);
  });
}

const bodyText = (schema: JsonSchema | undefined): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 5, arbitrary: (schema ? fuzzObject(schema, 0) : fc.dictionary(fc.string({ maxLength: 8 }), wrongType, { maxKeys: 3 })).map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: wrongType.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: pollutedObject.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: deepText },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "", "{", '{"a":', "nul", "[1,]", "\u0000", '{"a":"\\u0000"}') },
  );

const queryValue = (schema: JsonSchema | undefined): fc.Arbitrary<string> =>
  fc.oneof(plausible(schema).map((value) => (typeof value === "string" ? value : JSON.stringify(value))), hostileString);

/** Known parameters (sometimes repeated, which Express turns into arrays) plus stray and `__proto__[x]` keys. */
const queryFor = (parameters: Parameter[]): fc.Arbitrary<[string, string][]> => {
  const known = parameters
    .filter((parameter) => parameter.in === "query")
    .map((parameter) =>
      fc.option(fc.array(queryValue(parameter.schema), { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 }).map((values) =>
        (values ?? []).map((value): [string, string] => [parameter.name, value]),
      ),
    );
  const stray = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom("__proto__[polluted]", "constructor[prototype][polluted]", "prototype", "page[]", "search[$ne]"), fc.string({ maxLength: 10 })), hostileString),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...known), stray).map(([groups, extra]) => [...groups.flat(), ...extra]);
};

// ---- the server and its answers -------------------------------------------------------------

let server: TestServer;
let operations: Operation[];
let knownIds: string[];
/** Dates the venue takes bookings on, so a plausible booking body gets past the date rules. */
let bookableDates: string[];

beforeAll(async () => {
  server = await startTestServer();
  const res = await fetch(`${server.url}/api/v1/openapi.json`);
  const doc = (await res.json()) as OpenApiDocument;
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.["application/json"]?.schema,
    })),
  );
  bookableDates = [venueDate(server, 1), venueDate(server, 3)];
  // Real ids too, so path parameters sometimes name rows that exist.
  const owner = await createAccount(server);
  const booking = await createBooking(server, owner, bookingBody(server));
  expect(booking.status).toBeLessThan(300);
  knownIds = [owner.user.id, booking.body.id];
});
afterAll(() => server.close());

const pathValue = (): fc.Arbitrary<{ text: string; raw: boolean }> =>
  fc.oneof(
    fc.oneof(fc.constantFrom(...knownIds), fc.uuid(), hostileString.map((value) => value.slice(0, 1_000)), fc.constantFrom("..", ".", "null", "0")).map((text) => ({ text, raw: false })),
    fc.constantFrom("%", "%zz", "%00", "%E0%A4%A", "%C0%AE%C0%AE", "%2e%2e%2fadmin", "%ED%A0%80").map((text) => ({ text, raw: true })),
  );

const maxQueryLength = 8_000;

function urlFor(operation: Operation, input: Fuzzed): string {
  let index = 0;
  const path = operation.path.replace(/\{[^}]+\}/g, () => {
    const value = input.pathValues[index++] ?? { text: "", raw: false };
    // Lone surrogates cannot be percent-encoded; the server sees U+FFFD, as from a browser.
    return value.raw ? value.text : encodeURIComponent(value.text.replace(/[\ud800-\udfff]/gu, "\ufffd"));
  });
  // Node refuses a request line over its 16 kB header limit (431) before the app sees it; stay well below.
  const params = new URLSearchParams();
  for (const [key, value] of input.query) {
    if (params.toString().length + (key.length + value.length) * 3 > maxQueryLength) break;
    params.append(key, value);
  }
  const query = params.toString();
  return `${server.url}/api/v1${path}${query ? `?${query}` : ""}`;
}

/** A stack frame (`at fn (/path/file.ts:1:2)`, `at node:internal/...`) or an `Error:` line followed by one. */
const stackTrace = /\bat (?:[^\n()]* \()?(?:\/|file:|node:|[A-Za-z]:\\)[^\n)]*:\d+(?::\d+)?|\w*Error: [^\n]*\n\s+at /;

/** What is wrong with one answer: nothing, for a healthy server. */
function problemsWith(status: number, text: string, requestIdHeader: string | null): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push("server error");
  if (stackTrace.test(text)) problems.push("stack trace in the body");
  if (status >= 400) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [...problems, "error body is not JSON"];
    }
    const { code, message, requestId } = (body ?? {}) as Record<string, unknown>;
    if (typeof code !== "string" || typeof message !== "string" || typeof requestId !== "string") problems.push("error body lacks code, message or requestId");
    else if (requestId !== requestIdHeader) problems.push("requestId differs from X-Request-ID");
  }
  return problems;
}

/** Sends one fuzzed request; answers a one-line description of it and its problems. */
async function send(operation: Operation, input: Fuzzed, headers: Record<Role, Record<string, string>>): Promise<{ context: string; problems: string[] }> {
  const url = urlFor(operation, input);
  const res = await fetch(url, {
    method: operation.method,
    headers: { ...headers[input.role], ...(input.body === undefined ? {} : { "content-type": "application/json" }) },
    body: operation.method === "GET" ? undefined : input.body,
  });
  const text = await res.text();
  const problems = problemsWith(res.status, text, res.headers.get("x-request-id"));
  const sent = `path ${JSON.stringify(input.pathValues).slice(0, 80)} query ${JSON.stringify(input.query).slice(0, 120)} body(${String(input.body?.length ?? 0)}) ${JSON.stringify(input.body?.slice(0, 80))}`;
  const context = `${operation.method} ${operation.path} as ${input.role} → ${String(res.status)} ${text.slice(0, 200)} ← ${sent}`;
  return { context, problems };
}

/** Always sent, whatever the seed: the issue's reproductions (4,500 levels of `[`, NUL in every query field) and a polluting body. */
function fixedExamples(operation: Operation, role: Role, pathParameters: number): [Fuzzed][] {
  const pathValues = Array.from({ length: pathParameters }, () => ({ text: knownIds[0] ?? "x", raw: false }));
  const queryFields = operation.parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name);
  return [
    [{ role, pathValues, query: queryFields.map((name): [string, string] => [name, "\u0000"]), body: "[".repeat(4_500) + "]".repeat(4_500) }],
    [{ role, pathValues, query: queryFields.map((name): [string, string] => [name, "a\u0001b%_"]), body: '{"__proto__":{"isAdmin":true,"role":"ADMIN"},"constructor":{"prototype":{"polluted":"yes"}}}' }],
  ];
}

describe("fuzzing every REST operation", () => {
  it("finds the operations in the OpenAPI document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
    expect(operations.filter((operation) => operation.body).length).toBeGreaterThanOrEqual(10);
  });

  it("answers every hostile request below 500, in the error shape, without a stack trace", async () => {
    let requests = 0;
    for (const [index, operation] of operations.entries()) {
      // Fresh accounts per operation: logout, logout-all and revoke may end the session under test.
      const [customer, admin] = await Promise.all([createAccount(server), createAccount(server, { role: "ADMIN" })]);
      const headers: Record<Role, Record<string, string>> = {
        anonymous: {},
        customer: { authorization: `Bearer ${customer.token}` },
        admin: { authorization: `Bearer ${admin.token}` },
      };
      const pathParameters = (operation.path.match(/\{[^}]+\}/g) ?? []).length;
      for (const role of ["anonymous", "customer", "admin"] as const) {
        const input = fc.record({
          role: fc.constant(role),
          pathValues: fc.array(pathValue(), { minLength: pathParameters, maxLength: pathParameters }),
          query: queryFor(operation.parameters),
          body: operation.body ? bodyText(operation.body) : fc.oneof(fc.constant(undefined), bodyText(undefined)),
        });
        await fc.assert(
          fc.asyncProperty(input, async (fuzzed) => {
            requests += 1;
            const { context, problems } = await send(operation, fuzzed, headers);
            expect(problems, context).toEqual([]);
          }),
          { seed: seed + index, numRuns: runsPerRole, examples: fixedExamples(operation, role, pathParameters) },
        );
      }
    }
    // The fixed examples run first and count towards numRuns.
    expect(requests).toBe(operations.length * 3 * runsPerRole);
  }, 300_000);

  it("stays ready afterwards, with Object.prototype untouched", async () => {
    const ready = await fetch(`${server.url}/api/v1/health/ready`);
    expect(ready.status).toBe(200);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
