import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAccount, uniqueEmail, goodPassword } from "../auth/auth-client.ts";
import { requestJson } from "../helpers/http.ts";
import { startTcpProxy } from "../helpers/tcp-proxy.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

// `pnpm dev`: the browser talks to Vite (its own port), which forwards /trpc and /api to this
// server keeping the browser's Host header (Vite's default, `changeOrigin: false`). The page's
// Origin then matches the Host the server sees, so cookie-authenticated writes pass the CSRF check
// without listing the dev origin anywhere. A relay on another port stands in for Vite here.
let server: TestServer;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;

beforeAll(async () => {
  server = await startTestServer();
  const { hostname, port } = new URL(server.url);
  proxy = await startTcpProxy({ host: hostname, port: Number(port) });
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

describe("cookie sessions through a dev proxy that keeps the Host header", () => {
  it("accepts writes whose Origin is the proxy's own, and still refuses foreign ones", async () => {
    const devOrigin = `http://127.0.0.1:${proxy.port}`;
    const signedUp = await registerAccount(server, { email: uniqueEmail("dev"), password: goodPassword, name: "Dev Proxy" });
    expect(signedUp.status).toBe(201);
    const headers = { cookie: `slotted_session=${signedUp.body.token}`, "content-type": "application/json" };

    const throughProxy = await requestJson<{ name: string }>(`${devOrigin}/api/v1/auth/profile`, {
      method: "PATCH",
      headers: { ...headers, origin: devOrigin },
      body: { name: "Via Vite" },
    });
    expect(throughProxy.status).toBe(200);
    expect(throughProxy.body.name).toBe("Via Vite");

    const foreign = await requestJson(`${devOrigin}/api/v1/auth/profile`, {
      method: "PATCH",
      headers: { ...headers, origin: "http://127.0.0.1:1" },
      body: { name: "Hijacked" },
    });
    expect(foreign.status).toBe(403);
  });
});
