import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

// Stand-ins for two `vite build` outputs: each app must answer only its own URL space.
const tempRoot = mkdtempSync(path.join(tmpdir(), "slotted-web-apps-"));
function fakeBuild(name: string, base: string) {
  const dir = path.join(tempRoot, name);
  const html = `<!doctype html><html lang="en"><head><title>${name}</title>
<script type="module" crossorigin src="${base}assets/index-${name}.js"></script></head><body></body></html>`;
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  writeFileSync(path.join(dir, "index.html"), html);
  writeFileSync(path.join(dir, "assets", `index-${name}.js`), `export const app = "${name}";\n`);
  return { dir, html };
}
const customer = fakeBuild("customer", "/");
const admin = fakeBuild("admin", "/admin/");

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { CUSTOMER_APP_DIR: customer.dir, ADMIN_APP_DIR: admin.dir } });
});
afterAll(async () => {
  await server.close();
  rmSync(tempRoot, { recursive: true, force: true });
});

describe("the admin console beside the customer app", () => {
  it("answers /admin and its deep routes with the console, and everything else with the customer app", async () => {
    for (const route of ["/admin", "/admin/", "/admin/bookings?status=PENDING", "/admin/users/abc"]) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text(), route).toBe(admin.html);
    }
    for (const route of ["/", "/bookings", "/administrator"]) {
      const res = await fetch(`${server.url}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text(), route).toBe(customer.html);
    }
  });

  it("serves the console's own assets under /admin/assets and 404s the ones it does not have", async () => {
    const res = await fetch(`${server.url}/admin/assets/index-admin.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await res.text()).toContain('"admin"');

    const missing = await fetch(`${server.url}/admin/assets/index-customer.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("keeps the API's own paths out of both apps", async () => {
    const res = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
  });
});
