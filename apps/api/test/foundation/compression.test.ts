import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;
let admin: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN" });
  await server.services.db.prisma.user.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({ email: `listed-${i}@compression.test`, name: `Listed Person ${i}`, passwordHash: "x" })),
  });
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: node:http does not decompress, unlike fetch. */
  raw: Buffer;
}

function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; acceptEncoding?: string | null } = {},
): Promise<RawResponse> {
  const acceptEncoding = init.acceptEncoding === undefined ? "gzip" : init.acceptEncoding;
  const headers = { ...(acceptEncoding === null ? {} : { "accept-encoding": acceptEncoding }), ...init.headers };
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: init.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

describe("response compression", () => {
  it("compresses a large list answer (gzip, over the 1 kB threshold)", async () => {
    const res = await send("/api/v1/admin/users?perPage=100", { headers: { authorization: admin.headers.authorization ?? "" } });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    const body = JSON.parse(gunzipSync(res.raw).toString("utf8")) as { items: unknown[] };
    expect(body.items.length).toBeGreaterThan(60);
  });

  it("answers a client that accepts no encoding as is, however large", async () => {
    const authorization = admin.headers.authorization ?? "";
    const plain = await send("/api/v1/admin/users?perPage=100", { headers: { authorization }, acceptEncoding: null });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect((JSON.parse(plain.raw.toString("utf8")) as { items: unknown[] }).items.length).toBeGreaterThan(60);
    // The same answer is still compressed for a client that asks for it, and says it varies.
    const gzipped = await send("/api/v1/admin/users?perPage=100", { headers: { authorization } });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
  });

  it("leaves small answers as they are", async () => {
    const res = await send("/api/v1/health/live");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
  });

  it("never compresses sign-in answers carrying session tokens, even a large tRPC batch of them", async () => {
    const login = { json: { email: admin.user.email, password: admin.password } };
    const res = await send("/trpc/auth.login,auth.login,auth.login?batch=1", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ 0: login, 1: login, 2: login }),
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.raw.length).toBeGreaterThan(1024);
    expect(res.headers["set-cookie"]).toBeDefined();
    expect(res.raw.toString("utf8")).toContain('"token"');

    const rest = await send("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(login.json) });
    expect(rest.status).toBe(200);
    expect(rest.headers["content-encoding"]).toBeUndefined();
  });

  it("never compresses a bulk create answering temporary passwords", async () => {
    const users = Array.from({ length: 20 }, (_, i) => ({ email: `bulk-${i}@compression.test`, name: `Bulk Person ${i}` }));
    const res = await send("/api/v1/admin/users/bulk", { method: "POST", headers: admin.headers, body: JSON.stringify({ users }) });
    expect(res.status).toBe(201);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.raw.length).toBeGreaterThan(1024);
    expect(res.raw.toString("utf8")).toContain("temporaryPassword");
  });
});
