import type { TestServer } from "../../helpers/test-server.ts";

/** The parts of an OpenAPI 3.1 document these tests read; everything else passes through untyped. */
export interface OpenApiHeaderObject {
  required?: boolean;
  schema?: unknown;
  $ref?: string;
}

export interface OpenApiResponseObject {
  description?: string;
  headers?: Record<string, OpenApiHeaderObject>;
  content?: Record<string, { schema?: unknown }>;
  $ref?: string;
}

export interface OpenApiOperationObject {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  parameters?: unknown[];
  responses?: Record<string, OpenApiResponseObject>;
}

export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface DocumentedOperation {
  operationId: string;
  method: (typeof httpMethods)[number];
  /** The path as written in the document, relative to the server URL, e.g. `/bookings/{id}`. */
  path: string;
  operation: OpenApiOperationObject;
  /** Response keys as documented: "200", "404", maybe "default" (which this suite refuses). */
  statuses: string[];
}

/** Every operation of the document, in document order. An operation without an operationId fails loudly. */
export function documentedOperations(doc: OpenApiDocument): DocumentedOperation[] {
  const operations: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const operation = item[method] as OpenApiOperationObject | undefined;
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        operation,
        statuses: Object.keys(operation.responses ?? {}),
      });
    }
  }
  return operations;
}

/** `${operationId} ${status}` for every documented 2xx answer: what the completeness check expects to see. */
export function documentedSuccesses(doc: OpenApiDocument): string[] {
  return documentedOperations(doc)
    .flatMap(({ operationId, statuses }) => statuses.filter((status) => /^2\d\d$/.test(status)).map((status) => `${operationId} ${status}`))
    .sort();
}

/** The document exactly as the server serves it (what every client and tool downloads). */
export async function fetchServedDocument(server: TestServer): Promise<OpenApiDocument> {
  const res = await fetch(`${server.url}/api/v1/openapi.json`);
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
  return (await res.json()) as OpenApiDocument;
}
