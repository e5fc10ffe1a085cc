import type { ProcedureEntry } from "../procedure-catalog.ts";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
export type SuccessStatus = 200 | 201;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503 | 504;

/** What the generated operation already says about itself. */
export interface OperationShape {
  method: HttpMethod;
  path: string;
  /** Query, path or body parameters (headers included). */
  hasInput: boolean;
}

/** Everything an operation can answer, and how it is authenticated. */
export interface OperationContract {
  successStatuses: SuccessStatus[];
  errorStatuses: ErrorStatus[];
  rateLimited: boolean;
  /** `optional`: works without a session but uses one when sent (sign-out). */
  security: "none" | "optional" | "required";
}

const bodyMethods: ReadonlySet<HttpMethod> = new Set(["POST", "PATCH", "PUT"]);

/**
 * Derives an operation's statuses from its procedure: the builder (`meta.access`), its meta
 * (`failures`, `creates`, `rateLimit`, `database`), its input and its path. Nothing here is a
 * per-operation list, so a new procedure is documented correctly by being declared correctly.
 */
export function operationContract(entry: ProcedureEntry, shape: OperationShape): OperationContract {
  const meta = entry.meta ?? {};
  const access = meta.access ?? "public";
  const failures = new Set(meta.failures ?? []);
  const acceptsBody = bodyMethods.has(shape.method);
  const rateLimited = (meta.rateLimit ?? "default") !== "none";
  const touchesDatabase = meta.database !== false;

  const errorStatuses: ErrorStatus[] = [];
  const add = (status: ErrorStatus, when: boolean) => {
    if (when) errorStatuses.push(status);
  };
  add(400, shape.hasInput || acceptsBody);
  add(401, access !== "public" || failures.has("UNAUTHORIZED"));
  // Role checks, and the same-origin check on every signed-in write.
  add(403, access === "permission" || (access === "signedIn" && entry.type === "mutation") || failures.has("FORBIDDEN"));
  add(404, /\{[^}]+\}/.test(shape.path));
  add(409, failures.has("CONFLICT"));
  // Any request whose declared Content-Length is over the limit is refused before routing, GETs too.
  add(413, true);
  add(415, acceptsBody);
  add(429, rateLimited);
  add(500, true);
  add(503, touchesDatabase);
  add(504, touchesDatabase);

  const successStatuses: SuccessStatus[] = meta.creates === "replayable" ? [200, 201] : meta.creates ? [201] : [200];
  const security = access !== "public" ? "required" : meta.openapi?.protect === true ? "optional" : "none";
  return { successStatuses, errorStatuses, rateLimited, security };
}
