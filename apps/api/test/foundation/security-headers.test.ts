import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import helmet from "helmet";
import { describe, expect, it } from "vitest";
import { helmetOptions, securityHeaders } from "../../src/http/security-headers.ts";

/** The headers of one answer from a bare express app guarded by `guard`, without the per-response ones. */
async function headersBehind(guard: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.disable("x-powered-by");
  app.use(guard);
  app.get("/", (_req, res) => {
    res.json({ ok: true });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await res.arrayBuffer();
    const headers = Object.fromEntries(res.headers);
    delete headers.date;
    return headers;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe("security headers", () => {
  for (const isProduction of [false, true]) {
    it(`are exactly helmet's, computed once (${isProduction ? "production" : "development"})`, async () => {
      const config = { isProduction };
      const precomputed = await headersBehind(securityHeaders(config));
      expect(precomputed).toEqual(await headersBehind(helmet(helmetOptions(config))));
      expect(precomputed["content-security-policy"]).toContain("script-src 'self'");
      expect(precomputed["x-frame-options"]).toBe("DENY");
    });
  }
});
