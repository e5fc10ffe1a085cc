import http from "node:http";
import { OpenAPIBackend, SetMatchType, type Document } from "openapi-backend";
import type { Options } from "openapi-backend";
import { documentedOperations, type DocumentedOperation, type OpenApiDocument } from "./openapi-document.ts";

/** What the validators logged while compiling (unknown formats, odd schemas): the suite asserts it stays empty. */
export const validatorWarnings: string[] = [];

// Formats the document may use; Ajv ignores (and only logs) a format it does not know, which
// would silently skip the check, so the ones OpenAPI documents commonly use are real here.
type Ajv = Parameters<NonNullable<Options["customizeAjv"]>>[0];

const formats: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
};

// OpenAPI keywords that are not JSON Schema: Ajv's strict mode would refuse the schema.
const annotationKeywords = ["example", "xml", "externalDocs", "discriminator"];

/**
 * openapi-backend's response validator for the served document. `quick` skips its own document
 * check, which only knows OpenAPI 3.0 and refuses every 3.1 schema (`const`, type arrays); the
 * document itself is checked by redocly and swagger-parser in document-lint.test.ts.
 */
export async function createResponseValidator(doc: OpenApiDocument): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: structuredClone(doc) as unknown as Document,
    quick: true,
    strict: true,
    validate: true,
    ajvOpts: {
      allowUnionTypes: true,
      logger: {
        log: () => undefined,
        warn: (...args: unknown[]) => validatorWarnings.push(args.map(String).join(" ")),
        error: (...args: unknown[]) => validatorWarnings.push(args.map(String).join(" ")),
      },
    },
    customizeAjv: (ajv: Ajv) => {
      for (const [name, pattern] of Object.entries(formats)) ajv.addFormat(name, pattern);
      for (const keyword of annotationKeywords) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
      return ajv;
    },
  });
  await api.init();
  return api;
}

export interface ContractRequest {
  /** Path parameters by name, e.g. `{ id }` for `/bookings/{id}`. */
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent byte for byte instead of `body` (with the caller's content-type). */
  rawBody?: string;
  /** Bearer token. */
  token?: string;
  headers?: Record<string, string>;
}

export interface ContractResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

export interface ContractMismatch {
  operationId: string;
  status: number;
  problem: string;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

async function sendWithFetch(url: string, method: string, headers: Record<string, string>, payload: string | undefined): Promise<RawResponse> {
  const res = await fetch(url, { method, redirect: "manual", headers, body: payload });
  const text = await res.text();
  const flat: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    flat[name.toLowerCase()] = value;
  });
  return { status: res.status, headers: flat, text };
}

/** fetch refuses a body on GET; the server still has to answer one (413 when it is too large), so node:http sends it. */
function sendWithBody(url: string, method: string, headers: Record<string, string>, payload: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...headers, "content-length": String(Buffer.byteLength(payload)) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
        }
        resolve({ status: res.statusCode ?? 0, headers: flat, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(payload);
  });
}

interface AjvLikeError {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const describeErrors = (errors: AjvLikeError[]) =>
  errors
    .map((error) => `${error.instancePath || "(root)"} ${error.message ?? error.keyword ?? "invalid"} ${JSON.stringify(error.params ?? {})}`)
    .join("; ");

export class ContractViolation extends Error {
  constructor(readonly mismatch: ContractMismatch) {
    super(`${mismatch.operationId} answered ${mismatch.status}: ${mismatch.problem}`);
    this.name = "ContractViolation";
  }
}

/**
 * fetch for REST calls that holds every answer to the document: the status must be a response key
 * of the operation (no `default`), the JSON body and the headers must match what that response
 * documents, and every answer carries X-Request-ID. The first violation throws (naming the
 * operation, status and the validator's errors); all are also kept in `mismatches`.
 */
export class ContractClient {
  /** `${operationId} ${status}` of every answer received. */
  readonly seen = new Set<string>();
  readonly mismatches: ContractMismatch[] = [];
  private readonly operations: Map<string, DocumentedOperation>;

  constructor(
    private readonly api: OpenAPIBackend,
    doc: OpenApiDocument,
    private readonly baseUrl: string,
  ) {
    this.operations = new Map(documentedOperations(doc).map((operation) => [operation.operationId, operation]));
  }

  /** Calls the operation and checks the answer against the document; `expectStatus` also pins the behaviour. */
  async call<T = Record<string, unknown>>(operationId: string, request: ContractRequest = {}, expectStatus?: number): Promise<ContractResponse<T>> {
    const operation = this.operations.get(operationId);
    if (!operation) throw new Error(`The document has no operation ${operationId}`);
    const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = request.params?.[name];
      if (value === undefined) throw new Error(`${operationId}: no value for path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(request.query ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
    }
    const payload = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    const url = `${this.baseUrl}${path}${search.size > 0 ? `?${search.toString()}` : ""}`;
    const method = operation.method.toUpperCase();
    const requestHeaders: Record<string, string> = {
      ...(payload === undefined ? {} : { "content-type": "application/json" }),
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      ...request.headers,
    };
    const { status, headers, text } =
      payload !== undefined && (method === "GET" || method === "HEAD")
        ? await sendWithBody(url, method, requestHeaders, payload)
        : await sendWithFetch(url, method, requestHeaders, payload);
    let body: unknown = text;
    if (/json/i.test(headers["content-type"] ?? "")) {
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        this.fail(operationId, status, `the body is not valid JSON: ${text.slice(0, 200)}`);
      }
    }
    const response = { status, body: body as T, headers };
    this.seen.add(`${operationId} ${status}`);
    this.check(operation, response);
    if (expectStatus !== undefined && status !== expectStatus) {
      throw new Error(`${operationId}: expected ${expectStatus}, got ${status}: ${text.slice(0, 500)}`);
    }
    return response;
  }

  private check(operation: DocumentedOperation, response: ContractResponse<unknown>): void {
    const { operationId } = operation;
    const { status, body, headers } = response;
    if (!headers["x-request-id"]) this.fail(operationId, status, "no X-Request-ID header");
    if (!operation.statuses.includes(String(status))) {
      this.fail(operationId, status, `status ${status} is not documented (documented: ${operation.statuses.join(", ")})`);
    }
    const bodyResult = this.api.validateResponse(body, operationId, status);
    if (!bodyResult.valid) {
      this.fail(
        operationId,
        status,
        `body does not match the documented schema: ${describeErrors(bodyResult.errors ?? [])}; body: ${JSON.stringify(body).slice(0, 500)}`,
      );
    }
    const headerResult = this.api.validateResponseHeaders(headers, operationId, { statusCode: status, setMatchType: SetMatchType.Superset });
    // 'superset' requires every header the response documents; OpenAPI headers are optional unless
    // `required: true`, so a missing optional one (rate-limit headers when limiting is off) is fine.
    const documented = this.api.getOperation(operationId)?.responses?.[String(status)];
    const declared = (documented && "headers" in documented ? (documented.headers ?? {}) : {}) as Record<string, { required?: boolean }>;
    const requiredNames = new Set(
      Object.entries(declared)
        .filter(([, header]) => header.required === true)
        .map(([name]) => name.toLowerCase()),
    );
    const headerErrors = ((headerResult.errors ?? []) as AjvLikeError[]).filter(
      (error) => !(error.keyword === "required" && !requiredNames.has(String(error.params?.missingProperty))),
    );
    if (headerErrors.length > 0) {
      this.fail(operationId, status, `headers do not match the documented ones: ${describeErrors(headerErrors)}`);
    }
  }

  private fail(operationId: string, status: number, problem: string): never {
    const mismatch = { operationId, status, problem };
    this.mismatches.push(mismatch);
    throw new ContractViolation(mismatch);
  }
}
