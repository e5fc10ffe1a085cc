import { describe, expect, it } from "vitest";
import type { RequestInfo } from "../context.ts";
import { clientAddressKey, identifyCaller } from "./identity.ts";
import { captureLogger } from "./test-support.ts";

describe("clientAddressKey", () => {
  it("keeps IPv4 addresses and unwraps IPv4-mapped IPv6", () => {
    expect(clientAddressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddressKey("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });

  it("counts IPv6 clients per /64, however the address is written", () => {
    const key = "2001:db8:85a3:8d3::/64";
    expect(clientAddressKey("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe(key);
    expect(clientAddressKey("2001:0db8:85a3:08d3::1")).toBe(key);
    expect(clientAddressKey("2001:db8:85a3:8d3:ffff::")).toBe(key);
    expect(clientAddressKey("::1")).toBe("0:0:0:0::/64");
    expect(clientAddressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientAddressKey("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
  });

  it("passes anything else through unchanged", () => {
    expect(clientAddressKey("unknown")).toBe("unknown");
  });
});

describe("identifyCaller", () => {
  const request: RequestInfo = {
    source: "rest",
    method: "GET",
    ip: "198.51.100.4",
    userAgent: undefined,
    origin: undefined,
    authorization: undefined,
    cookieHeader: undefined,
    idempotencyKey: undefined,
    host: undefined,
  };
  const { logger } = captureLogger();

  it("uses the user ID and role when signed in", async () => {
    const caller = await identifyCaller({
      request,
      log: logger,
      auth: () =>
        Promise.resolve({
          user: { id: "u1", email: "a@b.c", name: "A", role: "STAFF", isActive: true, emailVerifiedAt: null, lastLoginAt: null, deletedAt: null, createdAt: new Date() },
          session: { id: "s", userId: "u1", expiresAt: new Date(), createdAt: new Date(), lastUsedAt: new Date(), userAgent: null },
          via: "bearer",
        }),
    });
    expect(caller).toEqual({ key: "user:u1", role: "STAFF" });
  });

  it("falls back to the client address when anonymous or when the session lookup fails", async () => {
    expect(await identifyCaller({ request, log: logger, auth: () => Promise.resolve(null) })).toEqual({
      key: "ip:198.51.100.4",
      role: null,
    });
    expect(
      await identifyCaller({ request, log: logger, auth: () => Promise.reject(new Error("database down")) }),
    ).toEqual({ key: "ip:198.51.100.4", role: null });
  });
});
