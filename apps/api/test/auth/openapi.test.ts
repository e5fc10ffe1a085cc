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
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
}

let server: TestServer;
let doc: Document;
beforeAll(async () => {
  server = await startTestServer();
  doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as Document;
});
afterAll(() => server.close());

const routes: [method: string, path: string, secured: boolean, body: boolean][] = [
  ["post", "/auth/register", false, true],
  ["post", "/auth/login", false, true],
  ["post", "/auth/logout", true, false],
  ["post", "/auth/logout-all", true, false],
  ["get", "/auth/me", true, false],
  ["get", "/auth/sessions", true, false],
  ["post", "/auth/sessions/{id}/revoke", true, false],
  ["post", "/auth/change-password", true, true],
  ["patch", "/auth/profile", true, true],
  ["get", "/admin/users", true, false],
  ["get", "/admin/users/{id}", true, false],
  ["patch", "/admin/users/{id}", true, true],
  ["post", "/admin/users/bulk", true, true],
  ["get", "/admin/stats", true, false],
  ["get", "/admin/audit", true, false],
];

describe("OpenAPI document for auth, users and audit", () => {
  it("declares the bearer security scheme", () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it.each(routes)("documents %s %s with its schemas", (method, path, secured, body) => {
    const operation = doc.paths[path]?.[method];
    expect(operation, `${method} ${path}`).toBeDefined();
    expect(operation?.responses["200"]?.content?.["application/json"]?.schema).toBeDefined();
    if (body) expect(operation?.requestBody?.content["application/json"]?.schema).toBeDefined();
    if (secured) expect(operation?.security).toEqual([{ bearerAuth: [] }]);
    else expect(operation?.security).toBeUndefined();
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
