import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description?: string; headers?: Record<string, unknown>; content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
}
type OpenApiDoc = { paths: Record<string, Record<string, Operation>> };

let server: TestServer;
let doc: OpenApiDoc;

beforeAll(async () => {
  server = await startTestServer();
  doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as OpenApiDoc;
});
afterAll(() => server.close());

const routes: [string, string, "body" | "query" | "none"][] = [
  ["get", "/bookings/availability", "query"],
  ["get", "/bookings/venue", "none"],
  ["post", "/bookings", "body"],
  ["get", "/bookings", "query"],
  ["get", "/bookings/{id}", "query"],
  ["patch", "/bookings/{id}", "body"],
  ["post", "/bookings/{id}/reschedule", "body"],
  ["post", "/bookings/{id}/cancel", "body"],
  ["get", "/admin/bookings", "query"],
  ["get", "/admin/bookings/{id}", "query"],
  ["post", "/admin/bookings/{id}/status", "body"],
  ["put", "/admin/bookings/{id}/notes", "body"],
];

describe("the bookings REST paths in the OpenAPI document", () => {
  for (const [method, path, input] of routes) {
    it(`documents ${method.toUpperCase()} ${path} with its request and response schemas`, () => {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(operation?.responses["200"]?.content?.["application/json"]?.schema).toBeDefined();
      if (input === "body") expect(operation?.requestBody?.content["application/json"]?.schema).toBeDefined();
      if (input === "query") expect(operation?.parameters?.length).toBeGreaterThan(0);
      if (path.includes("{id}")) expect(operation?.parameters?.some((p) => p.name === "id" && p.in === "path")).toBe(true);
      if (path !== "/bookings/venue") expect(operation?.security?.length).toBeGreaterThan(0);
    });
  }

  it("documents a new booking as 201 and an idempotent replay as 200 with Idempotent-Replayed", () => {
    const responses = doc.paths["/bookings"]?.post?.responses ?? {};
    expect(responses["201"]?.description).toBe("Created");
    expect(responses["201"]?.headers).not.toHaveProperty("Idempotent-Replayed");
    expect(responses["201"]?.content?.["application/json"]?.schema).toEqual(responses["200"]?.content?.["application/json"]?.schema);
    expect(responses["200"]?.description).toMatch(/^Replayed/);
    expect(responses["200"]?.headers?.["Idempotent-Replayed"]).toEqual({ $ref: "#/components/headers/IdempotentReplayed" });
  });

  it("documents the Idempotency-Key header and the booking fields", () => {
    const create = doc.paths["/bookings"]?.post;
    expect(create?.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
    const body = JSON.stringify(create?.requestBody);
    for (const field of ["date", "time", "partySize", "durationMinutes", "contactPhone", "specialRequests"]) expect(body).toContain(`"${field}"`);
    const customerView = JSON.stringify(doc.paths["/bookings/{id}"]?.get?.responses["200"]);
    expect(customerView).toContain('"reference"');
    expect(customerView).not.toContain("internalNotes");
    expect(JSON.stringify(doc.paths["/admin/bookings/{id}"]?.get?.responses["200"])).toContain("internalNotes");
  });
});
