import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../helpers/test-server.ts";

describe("graceful shutdown", () => {
  it("finishes an in-flight request, refuses new connections, then closes the database", async () => {
    const server = await startTestServer({
      app: {
        extraRoutes: (app) =>
          app.get("/test/slow", async (_req, res) => {
            await sleep(500);
            res.json({ finished: true });
          }),
      },
    });
    const inFlight = fetch(`${server.url}/test/slow`).then(async (res) => ({ status: res.status, body: await res.json() }));
    await sleep(100);
    const stopping = server.running.shutdown();
    await sleep(50);
    await expect(fetch(`${server.url}/api/v1/health/live`)).rejects.toThrow();
    expect(await inFlight).toEqual({ status: 200, body: { finished: true } });
    await stopping;
    await expect(server.services.db.ping()).rejects.toThrow();
    expect(server.logs.some((line) => line.msg === "shutdown complete")).toBe(true);
    await server.close();
  });
});
