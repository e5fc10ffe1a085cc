import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("OpenAPI", () => {
  it("documents the health paths and the bearer scheme", async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(doc.paths["/health/live"]).toHaveProperty("get");
    expect(doc.paths["/health/ready"]).toHaveProperty("get");
    expect(doc.components.securitySchemes).toHaveProperty("bearerAuth");
  });

  it("serves the docs page and its assets locally, with no CDN", async () => {
    const page = await fetch(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    for (const asset of ["/api/docs/assets/swagger-ui.css", "/api/docs/assets/swagger-ui-bundle.js", "/api/docs/init.js"]) {
      const res = await fetch(`${server.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(20);
    }
  });
});
