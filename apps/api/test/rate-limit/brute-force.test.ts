// Login brute force: the auth policy counts both the caller (IP) and the target account (email,
// hashed), in one atomic decision, so neither one IP nor a spread of IPs gets unlimited guesses.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { burst, call, clientAddress, from, header, patientRedis, tally } from "./traffic.ts";

const env = {
  ...patientRedis,
  RATE_LIMIT_ENABLED: "true",
  RATE_LIMIT_AUTH_PER_MINUTE: "5",
  RATE_LIMIT_AUTH_PER_HOUR: "50",
  TRUST_PROXY: "true",
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env });
});
afterAll(() => server.close());

const login = (address: string, email: string, password: string) =>
  call(`${server.url}/api/v1/auth/login`, { headers: from(address), body: { email, password } });

const unknownEmail = () => `nobody-${Math.random().toString(36).slice(2)}@example.test`;

describe("login brute force", () => {
  it("limits one IP trying many accounts (per-IP subject)", async () => {
    const address = clientAddress();
    const attempts = [];
    for (let i = 0; i < 6; i++) attempts.push(await login(address, unknownEmail(), "wrong-password-123"));
    expect(attempts.map((reply) => reply.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(header(attempts[4], "ratelimit-policy")).toBe('"auth-60s";q=5;w=60, "auth-3600s";q=50;w=3600');
    expect(attempts[5]?.body).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfter: Number(header(attempts[5], "retry-after")) });
  });

  describe("one account attacked from many IPs (per-email subject)", () => {
    let victim: TestAccount;
    beforeAll(async () => {
      victim = await createAccount(server, { email: `victim-${Date.now()}@example.test` });
    });

    it("blocks the account's email after the limit, even with the right password from a fresh IP", async () => {
      const guesses = [];
      for (let i = 0; i < 5; i++) guesses.push(await login(clientAddress(), victim.user.email, `guess-number-${i}-wrong`));
      expect(tally(guesses)).toEqual({ 401: 5 });

      const blocked = await login(clientAddress(), victim.user.email, victim.password);
      expect(blocked.status).toBe(429);
      // Spelling the address differently is the same target.
      const respelled = await login(clientAddress(), `  ${victim.user.email.toUpperCase()} `, victim.password);
      expect(respelled.status).toBe(429);
      // Other auth procedures aimed at the same email share its counter.
      const register = await call(`${server.url}/api/v1/auth/register`, {
        headers: from(clientAddress()),
        body: { email: victim.user.email, password: "another-long-password-1", name: "Mallory" },
      });
      expect(register.status).toBe(429);
    });

    it("leaves other accounts alone", async () => {
      const other = await createAccount(server);
      const reply = await login(clientAddress(), other.user.email, other.password);
      expect(reply.status).toBe(200);
    });
  });

  it("lets exactly the limit through when many IPs guess one email at once", async () => {
    const email = unknownEmail();
    const replies = await burst(30, () => login(clientAddress(), email, "concurrent-wrong-guess"));
    expect(tally(replies)).toEqual({ 401: 5, 429: 25 });
  });

  it.runIf(Boolean(process.env.REDIS_URL))("keeps no email address in Redis keys, only its SHA-256", async () => {
    const email = `Keyed.Person-${Date.now()}@Example.test`;
    await login(clientAddress(), email, "wrong-password-keyed");
    const redis = server.services.redis;
    if (!redis) throw new Error("Redis mode without a client");
    const prefix = redis.options.keyPrefix ?? "";
    const keys = (await redis.keys(`${prefix}rl:*`)).map((key) => key.slice(prefix.length));
    const digest = createHash("sha256").update(email.toLowerCase()).digest("hex");
    expect(keys).toContain(`rl:{auth:email:${digest}}`);
    expect(keys.filter((key) => /@|keyed/i.test(key))).toEqual([]);
  });
});
