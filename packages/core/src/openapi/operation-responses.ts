import type { ProcedureEntry } from "../procedure-catalog.ts";
import type { ExampleObject, OperationObject, ReferenceObject, ResponseObject } from "./document-types.ts";
import { operationExamples, sharedErrorExamples } from "./examples.ts";
import { operationContract, type ErrorStatus, type HttpMethod } from "./operation-contract.ts";
import { responseHeaders } from "./response-headers.ts";

const errorDescriptions: Record<ErrorStatus, string> = {
  400: "The input is invalid: `issues` names each field (or the body is not valid JSON)",
  401: "Not signed in: the token is missing, expired or revoked",
  403: "Not allowed: the role is too low, or a cookie-authenticated write came from an untrusted origin",
  404: "No such record, or it is not yours",
  409: "Conflicts with the current state; `message` says how, and `remaining`, `field`, `currentStatus`, `currentVersion` or `rows` add the facts",
  413: "The body (or its declared `Content-Length`) is larger than the server accepts",
  415: "The body is not JSON",
  429: "Rate limited: retry after `Retry-After` seconds",
  500: "An unexpected error; quote `requestId` to support",
  503: "The database is unavailable or overloaded; retry with backoff",
  504: "The request ran longer than the server allows and was stopped",
};

const errorSchema: ReferenceObject = { $ref: "#/components/schemas/ErrorBody" };

/** The success body as the generator wrote it from the procedure's output schema. */
function successContent(operation: OperationObject): ResponseObject["content"] {
  const generated = operation.responses?.["200"] as ResponseObject | undefined;
  return generated?.content;
}

function withExamples(content: ResponseObject["content"], examples: Record<string, ExampleObject> | undefined): ResponseObject["content"] {
  if (!content || !examples) return content;
  return Object.fromEntries(Object.entries(content).map(([type, media]) => [type, { ...media, examples }]));
}

/**
 * Replaces the generated responses, security and headers of one operation with what the server
 * actually answers (see operationContract), each error with the one `ErrorBody` schema.
 */
export function applyOperationContract(operation: OperationObject, entry: ProcedureEntry, method: HttpMethod, path: string): void {
  const hasInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  const contract = operationContract(entry, { method, path, hasInput });
  const examples = operationExamples[operation.operationId ?? ""] ?? {};
  const success = successContent(operation);
  const replayable = entry.meta?.creates === "replayable";

  const responses: Record<string, ResponseObject> = {};
  for (const status of contract.successStatuses) {
    const replayed = replayable && status === 200;
    responses[String(status)] = {
      description: status === 201 ? "Created" : replayed ? "Replayed: the booking an earlier request with the same `Idempotency-Key` created" : "OK",
      headers: responseHeaders({ status, rateLimited: contract.rateLimited, replayed }),
      content: withExamples(success, examples.responses?.[status]),
    };
  }
  for (const status of contract.errorStatuses) {
    // Readiness answers 503 with its own body, so a probe can read which check failed.
    const ownBody = status === 503 && entry.meta?.unavailableWithOutput === true;
    const errorExamples = examples.responses?.[status] ?? sharedErrorExamples[status];
    responses[String(status)] = {
      description: ownBody ? "Not ready: the same body, naming the failing check" : errorDescriptions[status],
      headers: responseHeaders({ status, rateLimited: contract.rateLimited }),
      content: ownBody ? success : withExamples({ "application/json": { schema: errorSchema } }, errorExamples),
    };
  }
  operation.responses = responses;
  operation.security = contract.security === "required" ? [{ bearerAuth: [] }] : contract.security === "optional" ? [{}, { bearerAuth: [] }] : [];

  const requestExamples = examples.request;
  const body = operation.requestBody;
  if (requestExamples && body && !("$ref" in body)) body.content = withExamples(body.content, requestExamples) ?? body.content;
}
