import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { BODY_LIMIT_BYTES: "2048" } });
});
afterAll(() => server.close());

describe("X-Request-ID", () => {
  it("is generated as a UUID when the caller sends none", async () => {
    const res = await fetch(`${server.url}/api/v1/health/live`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(uuid);
  });

  it("echoes a safe inbound ID on success and on errors", async () => {
    const ok = await fetch(`${server.url}/api/v1/health/live`, { headers: { "X-Request-ID": "edge-7f3a:b.c_d" } });
    expect(ok.headers.get("x-request-id")).toBe("edge-7f3a:b.c_d");

    const missing = await fetch(`${server.url}/nope`, { headers: { "X-Request-ID": "trace-404" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-request-id")).toBe("trace-404");
    expect(await missing.json()).toMatchObject({ requestId: "trace-404", code: "NOT_FOUND" });
  });

  it("replaces unsafe or oversized inbound IDs", async () => {
    for (const unsafe of ["<script>", "a".repeat(129), "has space", "new\\nline"]) {
      const res = await fetch(`${server.url}/api/v1/health/live`, { headers: { "X-Request-ID": unsafe } });
      expect(res.headers.get("x-request-id")).toMatch(uuid);
    }
  });

  it("is set on 413 and malformed-JSON responses and matches the error body", async () => {
    const big = await fetch(`${server.url}/api/v1/health/live`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Request-ID": "too-big-1" },
      body: JSON.stringify({ filler: "x".repeat(4096) }),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get("x-request-id")).toBe("too-big-1");
    expect(await big.json()).toMatchObject({ code: "PAYLOAD_TOO_LARGE", requestId: "too-big-1" });

    const malformed = await fetch(`${server.url}/trpc/health.live`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    const id = malformed.headers.get("x-request-id");
    expect(malformed.status).toBe(400);
    expect(id).toMatch(uuid);
    expect(await malformed.json()).toEqual({ code: "PARSE_ERROR", message: "The request body is not valid JSON", requestId: id });
  });

  it("gives each call of a tRPC batch its own ID derived from the request's", async () => {
    const res = await fetch(`${server.url}/trpc/health.live,health.ready?batch=1&input=${encodeURIComponent("{}")}`, {
      headers: { "X-Request-ID": "batch-req" },
    });
    expect(res.status).toBe(200);
    const callIds = new Set(server.logs.filter((l) => l.requestId === "batch-req" && typeof l.callId === "string").map((l) => l.callId));
    expect(callIds).toEqual(new Set(["batch-req.0", "batch-req.1"]));
  });
});
