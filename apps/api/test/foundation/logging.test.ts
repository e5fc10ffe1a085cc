import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("logging", () => {
  it("writes one access line per request, with route template, status, duration and request ID", async () => {
    await fetch(`${server.url}/api/v1/health/ready`, { headers: { "X-Request-ID": "access-1" } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const access = server.logs.filter((l) => l.requestId === "access-1" && l.msg === "request completed");
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ method: "GET", route: "/api/v1/health/ready", status: 200 });
    expect(typeof access[0]?.durationMs).toBe("number");
  });

  it("puts the request ID on every line written during a request", async () => {
    await fetch(`${server.url}/trpc/health.ready`, { headers: { "X-Request-ID": "every-line" } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = server.logs.filter((l) => l.requestId === "every-line");
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during.map((l) => l.msg)).toEqual(expect.arrayContaining(["procedure succeeded", "request completed"]));
  });

  it("never writes a planted secret from headers or cookies", async () => {
    const secret = "planted-secret-4f9c2e";
    await fetch(`${server.url}/api/v1/health/live`, {
      headers: { Authorization: `Bearer ${secret}`, Cookie: `slotted_session=${secret}` },
    });
    await fetch(`${server.url}/api/v1/nothing-here?token=${secret}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.logText()).not.toContain(secret);
  });
});
