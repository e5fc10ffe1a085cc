import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface RawExchange {
  /** Everything the server sent before closing. */
  response: string;
  /** Whether the server ended the connection (rather than the client giving up). */
  closedByServer: boolean;
}

/**
 * Sends the request head and part of a body over a raw socket, then stops sending and waits for
 * the server: an answer that needed the whole body would never come.
 */
function sendPartialBody(head: string, bodyBytes: number): Promise<RawExchange> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let response = "";
    // The test's own bound: far below the server's 30 s request timeout, which answered 504 before.
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ response, closedByServer: false });
    }, 5_000);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (response += chunk));
    socket.on("error", (error) => {
      clearTimeout(giveUp);
      reject(error);
    });
    socket.on("end", () => {
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ response, closedByServer: true });
    });
    socket.write(head);
    socket.write(Buffer.alloc(bodyBytes, "x"));
  });
}

describe("a body declared larger than BODY_LIMIT_BYTES", () => {
  it("gets 413 in the error shape as soon as the headers arrive, then the server closes the connection", async () => {
    const head = [
      "POST /api/v1/auth/login HTTP/1.1",
      `Host: ${new URL(server.url).host}`,
      "Content-Type: application/json",
      `Content-Length: ${100 * 1024 * 1024}`,
      "X-Request-ID: declared-too-large",
      "",
      "",
    ].join("\r\n");
    const { response, closedByServer } = await sendPartialBody(head, 60 * 1024);

    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(response).toMatch(/\r\nx-request-id: declared-too-large\r\n/i);
    const body = JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4)) as Record<string, unknown>;
    expect(body).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: `The request body is larger than ${server.config.http.bodyLimitBytes} bytes`,
      requestId: "declared-too-large",
    });
    expect(closedByServer).toBe(true);
    const refusal = server.logs.find((line) => line.requestId === "declared-too-large" && line.level === "warn");
    expect(refusal?.msg).toBe("request refused: declared body over the limit");
  });

  it("still refuses a chunked body once it passes the limit", async () => {
    const chunk = JSON.stringify({ name: "x".repeat(server.config.http.bodyLimitBytes) });
    // A stream body has no length up front: fetch sends it chunked.
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([chunk]).stream(),
      duplex: "half",
    };
    const res = await fetch(`${server.url}/api/v1/auth/register`, init);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "PAYLOAD_TOO_LARGE", requestId: res.headers.get("x-request-id") });
  });

  it("lets a body within the limit through", async () => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.com", password: "x".repeat(100) }),
    });
    expect(res.status).toBe(401);
  });
});
