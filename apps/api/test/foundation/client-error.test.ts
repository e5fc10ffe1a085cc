import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("requests Node refuses before routing", () => {
  it("answers an over-long URL with 431 in the error shape and a request ID", async () => {
    const res = await fetch(`${server.url}/api/v1/health/live?x=${"a".repeat(20_000)}`);
    expect(res.status).toBe(431);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    expect(await res.json()).toEqual({
      code: "REQUEST_HEADER_FIELDS_TOO_LARGE",
      message: "The request's URL or headers are too large",
      requestId,
    });
    // The server is still serving afterwards.
    expect((await fetch(`${server.url}/api/v1/health/live`)).status).toBe(200);
  });
});
