// SIGTERM while keep-alive clients keep sending: every accepted request must be answered, and
// the process must exit as soon as the last one is, not at SHUTDOWN_TIMEOUT_MS.
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../helpers/api-process.ts";

const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-drain-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Outcome = { kind: "answered"; status: number; connectionClose: boolean } | { kind: "refused" } | { kind: "reset"; message: string };

/**
 * One GET on the client's single keep-alive socket. A failure before the socket connected is
 * a refusal (the listener is closed); after it, a reset of a request the server had accepted.
 */
function get(url: string, agent: Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    let connected = false;
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ kind: "answered", status: res.statusCode ?? 0, connectionClose: res.headers.connection === "close" }));
      res.on("error", (error) => resolve({ kind: "reset", message: error.message }));
    });
    req.on("socket", (socket) => {
      if (req.reusedSocket || !socket.connecting) connected = true;
      else socket.once("connect", () => (connected = true));
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      resolve(connected ? { kind: "reset", message: `${error.code ?? ""} ${error.message}`.trim() } : { kind: "refused" });
    });
    req.end();
  });
}

describe("SIGTERM under keep-alive load", () => {
  it("answers every accepted request with Connection: close, drops none, and exits 0 long before the deadline", async () => {
    const env: Record<string, string> = {
      PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
      SHUTDOWN_TIMEOUT_MS: "10000",
      RATE_LIMIT_ENABLED: "false",
    };
    if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
    if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
    const api = await startApiProcess(env);
    const readyUrl = `${api.url}/api/v1/health/ready`;

    const servedPerClient = Array.from({ length: 30 }, () => 0);
    const statuses = new Set<number>();
    const resets: string[] = [];
    let closingAnswers = 0;
    let drainingAnswers = 0;
    let signalled = false;
    const clients = servedPerClient.map(async (_, client) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      // Loop until a new connection is refused (the listener is closed) or a request is reset.
      for (;;) {
        const outcome = await get(readyUrl, agent);
        if (outcome.kind === "refused") break;
        if (outcome.kind === "reset") {
          resets.push(outcome.message);
          break;
        }
        servedPerClient[client] = (servedPerClient[client] ?? 0) + 1;
        statuses.add(outcome.status);
        if (signalled && outcome.connectionClose) closingAnswers++;
        if (outcome.status === 503) drainingAnswers++;
      }
      agent.destroy();
    });

    // Mid-load: every client's kept-alive connection has been served several times.
    while (servedPerClient.some((served) => served < 5)) await sleep(20);
    signalled = true;
    const signalledAt = performance.now();
    await api.stop();
    const exitMs = performance.now() - signalledAt;
    await Promise.all(clients);

    expect(resets).toEqual([]);
    expect(await api.exited).toBe(0);
    expect(exitMs).toBeLessThan(3_000);
    // Every client's connection ended with an answer that said so.
    expect(closingAnswers).toBe(30);
    // Readiness turned 503 while the connections drained.
    expect(drainingAnswers).toBeGreaterThan(0);
    expect([...statuses].every((status) => status === 200 || status === 503)).toBe(true);
    expect(api.output().stdout).toContain("shutdown complete");
  }, 120_000);
});
