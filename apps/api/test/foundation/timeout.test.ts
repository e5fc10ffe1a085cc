import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { REQUEST_TIMEOUT_MS: "200" },
    app: {
      // Test-only route: a handler that outlives the request timeout and then tries to answer.
      extraRoutes: (app) =>
        app.get("/test/slow", async (_req, res) => {
          await sleep(600);
          res.json({ late: true });
        }),
    },
  });
});
afterAll(() => server.close());

describe("request timeout", () => {
  it("answers 504 in the error shape and ignores the handler's late answer", async () => {
    const res = await fetch(`${server.url}/test/slow`, { headers: { "X-Request-ID": "slow-1" } });
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ code: "GATEWAY_TIMEOUT", requestId: "slow-1" });
    await sleep(700); // the handler finishes and writes into a muzzled response
    const after = await fetch(`${server.url}/api/v1/health/live`);
    expect(after.status).toBe(200);
  });
});
