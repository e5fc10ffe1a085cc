import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { TRPC_MAX_BATCH_SIZE: "3" } });
});
afterAll(() => server.close());

const expectErrorShape = (body: unknown, code: string) => {
  expect(body).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:\d+/);
};

describe("the one error shape", () => {
  it("answers unknown routes with 404 JSON", async () => {
    const res = await fetch(`${server.url}/definitely/not/here`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expectErrorShape(await res.json(), "NOT_FOUND");
  });

  it("answers unknown REST paths and unknown tRPC procedures with 404 in the same shape", async () => {
    const rest = await fetch(`${server.url}/api/v1/no/such/thing`);
    expect(rest.status).toBe(404);
    const restBody = (await rest.json()) as Record<string, unknown>;
    expectErrorShape(restBody, "NOT_FOUND");
    expect(Object.keys(restBody).sort()).toEqual(["code", "message", "requestId"]);

    const trpc = await fetch(`${server.url}/trpc/nope.nothing`);
    expect(trpc.status).toBe(404);
    const trpcBody = (await trpc.json()) as { error: { json: { data: unknown } } };
    expectErrorShape(trpcBody.error.json.data, "NOT_FOUND");
  });

  it("rejects a tRPC batch larger than TRPC_MAX_BATCH_SIZE with 400", async () => {
    const paths = Array.from({ length: 4 }, () => "health.live").join(",");
    const res = await fetch(`${server.url}/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`);
    expect(res.status).toBe(400);
  });

  it("rejects a wrong content type on REST writes with 415, not 500", async () => {
    const res = await fetch(`${server.url}/api/v1/health/live`, { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("sets security headers and hides the framework", async () => {
    const res = await fetch(`${server.url}/api/v1/health/live`);
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});
