import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

// A stand-in for `vite build` output, so these tests never depend on the real customer app. It
// sits under a dot-directory (like ~/.local/…), which must not count as a hidden file.
const tempRoot = mkdtempSync(path.join(tmpdir(), "slotted-customer-app-"));
const appDir = path.join(tempRoot, ".build", "dist");
const indexHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slotted test app</title>
<script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`;
// Large and repetitive enough (> 1 kB) that compression applies.
const script = `export const greeting = ${JSON.stringify("hello from the test app ".repeat(200))};\n`;
mkdirSync(path.join(appDir, "assets"), { recursive: true });
writeFileSync(path.join(appDir, "index.html"), indexHtml);
writeFileSync(path.join(appDir, "assets", "index-Ab12Cd34.js"), script);
writeFileSync(path.join(appDir, "robots.txt"), "User-agent: *\nAllow: /\n");

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { CUSTOMER_APP_DIR: appDir } });
});
afterAll(async () => {
  await server.close();
  rmSync(tempRoot, { recursive: true, force: true });
});

async function expectJsonNotFound(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  expect(res.status, url).toBe(404);
  expect(res.headers.get("content-type"), url).toMatch(/application\/json/);
  expect(res.headers.get("x-request-id"), url).toBeTruthy();
  expect(await res.text(), url).not.toContain("<!doctype html>");
}

describe("the customer app, served from the API's origin", () => {
  it("answers / and deep app routes with index.html, revalidated on every load", async () => {
    for (const route of ["/", "/bookings/abc", "/account/sessions?tab=all"]) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(res.headers.get("content-type"), route).toMatch(/^text\/html/);
      expect(res.headers.get("cache-control"), route).toBe("no-cache");
      expect(await res.text(), route).toBe(indexHtml);
    }
    const head = await fetch(`${server.url}/bookings/abc`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("serves hashed assets as immutable for a year, compressed when the client accepts gzip", async () => {
    const res = await fetch(`${server.url}/assets/index-Ab12Cd34.js`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toBe(script); // fetch decompresses: the bytes survived the round trip

    const plain = await fetch(`${server.url}/assets/index-Ab12Cd34.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(Number(plain.headers.get("content-length"))).toBe(Buffer.byteLength(script));
  });

  it("serves other files of the build, revalidated like index.html", async () => {
    const res = await fetch(`${server.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toContain("User-agent");
  });

  it("keeps the JSON 404 for unknown API, tRPC, metrics and asset URLs and for missing files", async () => {
    for (const route of ["/api/v1/nope", "/api/nope", "/trpc/nope", "/metrics/nope", "/assets/missing.js", "/assets", "/favicon.ico"]) {
      await expectJsonNotFound(`${server.url}${route}`);
    }
    const rest = (await (await fetch(`${server.url}/api/v1/nope`)).json()) as { code: string; requestId: string };
    expect(rest).toMatchObject({ code: "NOT_FOUND", requestId: expect.any(String) });
  });

  it("serves the app only to GET and HEAD: a POST to an app route is a JSON 404", async () => {
    await expectJsonNotFound(`${server.url}/`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await expectJsonNotFound(`${server.url}/bookings/abc`, { method: "DELETE" });
  });

  it("labels app routes by template in logs and metrics, never by the raw URL", async () => {
    await fetch(`${server.url}/bookings/0f4c2a`, { headers: { "x-request-id": "spa-route-label" } });
    await fetch(`${server.url}/assets/index-Ab12Cd34.js`, { headers: { "x-request-id": "asset-route-label" } });
    await fetch(`${server.url}/assets/missing.js`, { headers: { "x-request-id": "missing-route-label" } });
    const routeOf = (requestId: string) => server.logs.find((l) => l.requestId === requestId && l.msg === "request completed")?.route;
    // The access log line is written when the response finishes, which can trail the client by a tick.
    await vi.waitFor(() => expect(routeOf("missing-route-label")).toBeDefined());
    expect(routeOf("spa-route-label")).toBe("/*");
    expect(routeOf("asset-route-label")).toBe("/assets/:file");
    expect(routeOf("missing-route-label")).toBe("unmatched");
  });

  it("compresses API JSON too", async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(((await res.json()) as { openapi: string }).openapi).toMatch(/^3\./);
  });
});

describe("Content-Security-Policy", () => {
  const directivesOf = (header: string | null) =>
    new Map((header ?? "").split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }));

  it("allows scripts from this origin only, and nothing from elsewhere", async () => {
    const res = await fetch(`${server.url}/`);
    const csp = directivesOf(res.headers.get("content-security-policy"));
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("script-src-attr")).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    for (const [name, values] of csp) expect(values, name).not.toContain("https:");
    // Safari would upgrade http://localhost asset requests to https and break a local start.
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("upgrades insecure requests in production", async () => {
    const production = await startTestServer({ env: { NODE_ENV: "production", ALLOW_EMBEDDED: "true", MAIL_DISABLED: "true", CUSTOMER_APP_DIR: appDir } });
    try {
      const res = await fetch(`${production.url}/`);
      const csp = directivesOf(res.headers.get("content-security-policy"));
      expect(csp.has("upgrade-insecure-requests")).toBe(true);
      expect(csp.get("script-src")).toEqual(["'self'"]);
    } finally {
      await production.close();
    }
  });
});

describe("without a built customer app", () => {
  it("warns once at start and keeps answering / with the JSON 404", async () => {
    const emptyDir = mkdtempSync(path.join(tmpdir(), "slotted-unbuilt-"));
    const unbuilt = await startTestServer({ env: { CUSTOMER_APP_DIR: emptyDir } });
    try {
      await expectJsonNotFound(`${unbuilt.url}/`);
      await expectJsonNotFound(`${unbuilt.url}/bookings/abc`);
      const warnings = unbuilt.logs.filter((l) => l.level === "warn" && String(l.msg).startsWith("customer app not built"));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ dir: emptyDir });
    } finally {
      await unbuilt.close();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
