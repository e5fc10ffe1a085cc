// Who a call is counted against: the signed-in user (with the staff tier), else the client IP,
// believing X-Forwarded-For only when TRUST_PROXY says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { burst, call, clientAddress, from, header, patientRedis, tally } from "./traffic.ts";

const limits = { ...patientRedis, RATE_LIMIT_ENABLED: "true", RATE_LIMIT_DEFAULT_PER_MINUTE: "10", RATE_LIMIT_STAFF_MULTIPLIER: "3" };

describe("client address without TRUST_PROXY", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ...limits, TRUST_PROXY: "false" } });
  });
  afterAll(() => server.close());

  it("ignores X-Forwarded-For: a client cannot dodge the limit by inventing addresses", async () => {
    const replies = await burst(15, () => call(`${server.url}/api/v1/health/ready`, { headers: from(clientAddress()) }));
    expect(tally(replies)).toEqual({ 200: 10, 429: 5 });
  });
});

describe("client address with TRUST_PROXY", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ...limits, TRUST_PROXY: "true" } });
  });
  afterAll(() => server.close());

  it("believes X-Forwarded-For from the trusted proxy: each forwarded client has its own budget", async () => {
    const replies = await burst(15, () => call(`${server.url}/api/v1/health/ready`, { headers: from(clientAddress()) }));
    expect(tally(replies)).toEqual({ 200: 15 });
  });

  it("counts IPv6 clients per /64", async () => {
    const replies = await burst(12, (i) =>
      call(`${server.url}/api/v1/health/ready`, { headers: from(`2001:db8:77:1::${(i + 1).toString(16)}`) }),
    );
    expect(tally(replies)).toEqual({ 200: 10, 429: 2 });
  });

  it("counts a signed-in user by user ID, wherever the calls come from", async () => {
    const customer = await createAccount(server, { role: "CUSTOMER" });
    const replies = await burst(12, () =>
      call(`${server.url}/api/v1/health/ready`, { headers: { ...from(clientAddress()), authorization: `Bearer ${customer.token}` } }),
    );
    expect(tally(replies)).toEqual({ 200: 10, 429: 2 });
    // The address those calls came through is untouched.
    const address = from(clientAddress());
    expect(header(await call(`${server.url}/api/v1/health/ready`, { headers: address }), "x-ratelimit-remaining")).toBe("9");
  });

  it("gives STAFF and ADMIN the multiplied tier, still limited", async () => {
    for (const role of ["STAFF", "ADMIN"] as const) {
      const account = await createAccount(server, { role });
      const headers = { ...from(clientAddress()), authorization: `Bearer ${account.token}` };
      const replies = await burst(35, () => call(`${server.url}/api/v1/health/ready`, { headers }));
      expect(tally(replies)).toEqual({ 200: 30, 429: 5 });
      expect(replies.map((reply) => reply.headers.get("x-ratelimit-limit"))).toEqual(Array.from({ length: 35 }, () => "30"));
    }
  });

  it("counts an invalid token by address, not as a fresh identity", async () => {
    const address = from(clientAddress());
    const replies = await burst(12, (i) =>
      call(`${server.url}/api/v1/health/ready`, { headers: { ...address, authorization: `Bearer not-a-session-${i}` } }),
    );
    expect(tally(replies)).toEqual({ 200: 10, 429: 2 });
  });
});
