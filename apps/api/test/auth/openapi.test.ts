import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

interface Operation {
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  tags?: string[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; scheme: string }>; schemas: Record<string, unknown> };
}

let server: TestServer;
let doc: Document;
beforeAll(async () => {
  server = await startTestServer();
  doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as Document;
});
afterAll(() => server.close());

type Security = "none" | "optional" | "required";
const securityRequirement: Record<Security, Record<string, unknown>[]> = {
  none: [],
  // Sign-out works without a session but uses one when sent.
  optional: [{}, { bearerAuth: [] }],
  required: [{ bearerAuth: [] }],
};

// Every one of these operations is rate limited and reads the database, and any request may
// declare a body over the limit: 413, 429, 500, 503 and 504 are always documented.
const always = [413, 429, 500, 503, 504];

const routes: [method: string, path: string, success: 200 | 201, security: Security, body: boolean, errors: number[]][] = [
  ["post", "/auth/register", 201, "none", true, [400, 409, 415]],
  ["post", "/auth/login", 200, "none", true, [400, 401, 415]],
  ["post", "/auth/logout", 200, "optional", false, [400, 403, 415]],
  ["post", "/auth/logout-all", 200, "required", false, [400, 401, 403, 415]],
  ["get", "/auth/me", 200, "required", false, [401]],
  ["get", "/auth/sessions", 200, "required", false, [401]],
  ["post", "/auth/sessions/{id}/revoke", 200, "required", false, [400, 401, 403, 404, 415]],
  ["post", "/auth/change-password", 200, "required", true, [400, 401, 403, 415]],
  ["patch", "/auth/profile", 200, "required", true, [400, 401, 403, 415]],
  ["get", "/admin/users", 200, "required", false, [400, 401, 403]],
  ["get", "/admin/users/{id}", 200, "required", false, [400, 401, 403, 404]],
  ["patch", "/admin/users/{id}", 200, "required", true, [400, 401, 403, 404, 409, 415]],
  ["post", "/admin/users/bulk", 201, "required", true, [400, 401, 403, 409, 415]],
  ["get", "/admin/stats", 200, "required", false, [401, 403]],
  ["get", "/admin/audit", 200, "required", false, [400, 401, 403]],
];

describe("OpenAPI document for auth, users and audit", () => {
  it("declares the bearer security scheme and the one error schema", () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.ErrorBody).toBeDefined();
  });

  it.each(routes)("documents %s %s with its statuses, schemas and security", (method, path, success, security, body, errors) => {
    const operation = doc.paths[path]?.[method];
    expect(operation, `${method} ${path}`).toBeDefined();
    const statuses = Object.keys(operation?.responses ?? {}).map(Number).sort((a, b) => a - b);
    // A create answers 201 only: register and bulk create have no replay, so no 200.
    expect(statuses).toEqual([success, ...errors, ...always].sort((a, b) => a - b));
    expect(operation?.responses[String(success)]?.content?.["application/json"]?.schema).toBeDefined();
    for (const status of [...errors, ...always]) {
      expect(operation?.responses[String(status)]?.content?.["application/json"]?.schema, `${status}`).toEqual({ $ref: "#/components/schemas/ErrorBody" });
    }
    if (body) expect(operation?.requestBody?.content["application/json"]?.schema).toBeDefined();
    else expect(operation?.requestBody).toBeUndefined();
    expect(operation?.security).toEqual(securityRequirement[security]);
  });

  it("describes list filters as query parameters and IDs as path parameters", () => {
    const listParams = doc.paths["/admin/users"]?.get?.parameters?.map((p) => `${p.in}:${p.name}`) ?? [];
    expect(listParams).toEqual(expect.arrayContaining(["query:isActive", "query:role", "query:search", "query:sortBy", "query:sortOrder", "query:page", "query:perPage"]));
    expect(doc.paths["/admin/users/{id}"]?.patch?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(["path:id"]);
  });

  it("never documents a password hash in any response", () => {
    for (const [, operations] of Object.entries(doc.paths)) {
      for (const operation of Object.values(operations)) {
        expect(JSON.stringify(operation.responses)).not.toMatch(/passwordHash|password_hash/);
      }
    }
  });
});
