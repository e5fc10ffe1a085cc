import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { CORS_ORIGINS: "https://app.example.com" } });
});
afterAll(() => server.close());

describe("CORS", () => {
  it("allows only the configured origins, with credentials", async () => {
    const allowed = await fetch(`${server.url}/api/v1/health/live`, { headers: { Origin: "https://app.example.com" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("X-Request-ID");

    const other = await fetch(`${server.url}/api/v1/health/live`, { headers: { Origin: "https://evil.example.net" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
