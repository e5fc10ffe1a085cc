import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configVariableNames, loadConfig } from "./load-config.ts";

function problemsOf(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected loadConfig to reject");
}

describe("loadConfig", () => {
  it("builds working defaults from an empty environment (embedded mode)", () => {
    const config = loadConfig({});
    expect(config.server.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.redis.url).toBeUndefined();
    expect(config.http.bodyLimitBytes).toBe(102_400);
    expect(config.http.requestTimeoutMs).toBe(30_000);
    expect(config.business).toMatchObject({ timezone: "UTC", openingMinute: 660, closingMinute: 1380, slotMinutes: 30, slotCapacity: 40 });
    expect(config.rateLimit.perMinute).toEqual({ default: 600, auth: 10, booking_write: 30 });
    expect(config.auth.secureCookies).toBe(false);
  });

  it("names each bad variable once with what is wrong and an example", () => {
    const problems = problemsOf({ PORT: "eighty", DATABASE_URL: "mysql://x", BUSINESS_TIMEZONE: "Mars/Olympus" });
    expect(problems.map((p) => p.variable).sort()).toEqual(["BUSINESS_TIMEZONE", "DATABASE_URL", "PORT"]);
    const port = problems.find((p) => p.variable === "PORT");
    expect(port?.problem).toMatch(/whole number/);
    expect(port?.example).toBe("3000");
    expect(new ConfigError(problems).message).toContain("PORT: must be a whole number (example: PORT=3000)");
  });

  it("refuses embedded defaults and wildcard CORS in production", () => {
    const problems = problemsOf({ NODE_ENV: "production", CORS_ORIGINS: "*" });
    expect(problems.map((p) => p.variable).sort()).toEqual(["CORS_ORIGINS", "DATABASE_URL", "REDIS_URL", "SMTP_URL"]);
  });

  it("sends mail by SMTP when SMTP_URL is set, to the dev mailbox otherwise, and never silently in production", () => {
    expect(loadConfig({}).mail).toMatchObject({ transport: "dev-mailbox", linkOrigin: "http://localhost:3000" });
    const smtp = loadConfig({ SMTP_URL: "smtp://mail.example.com:587", PUBLIC_ORIGIN: "https://book.example.com/" });
    expect(smtp.mail).toMatchObject({ transport: "smtp", linkOrigin: "https://book.example.com" });
    expect(loadConfig({ NODE_ENV: "production", ALLOW_EMBEDDED: "true", MAIL_DISABLED: "true" }).mail.transport).toBe("disabled");
    expect(problemsOf({ SMTP_URL: "http://mail.example.com" })[0]?.variable).toBe("SMTP_URL");
    expect(problemsOf({ MAIL_FROM: "not an address" })[0]?.variable).toBe("MAIL_FROM");
    expect(loadConfig({ MAIL_FROM: "The Bistro <book@bistro.example>" }).mail.from).toBe("The Bistro <book@bistro.example>");
  });

  it("reads a Redis Cluster's seed nodes, exclusive with REDIS_URL", () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: " 10.0.0.11:6379, 10.0.0.12:6380 ,redis-3.internal:6379" });
    expect(config.redis).toMatchObject({ url: undefined, clusterNodes: ["10.0.0.11:6379", "10.0.0.12:6380", "redis-3.internal:6379"] });
    expect(problemsOf({ REDIS_CLUSTER_NODES: "10.0.0.11:6379", REDIS_URL: "redis://127.0.0.1:6379" }).map((p) => p.variable)).toEqual(["REDIS_CLUSTER_NODES"]);
    expect(problemsOf({ REDIS_CLUSTER_NODES: "10.0.0.11" })[0]?.problem).toMatch(/host:port/);
    expect(problemsOf({ REDIS_CLUSTER_NODES: "10.0.0.11:99999" })[0]?.variable).toBe("REDIS_CLUSTER_NODES");
    // A cluster satisfies production's need for a shared Redis.
    const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/slotted", MAIL_DISABLED: "true" };
    expect(loadConfig({ ...production, REDIS_CLUSTER_NODES: "10.0.0.11:6379" }).redis.clusterNodes).toEqual(["10.0.0.11:6379"]);
    // A brace in the prefix would become every key's hash tag and put all keys on one node.
    expect(problemsOf({ REDIS_KEY_PREFIX: "app{1}:" })[0]?.variable).toBe("REDIS_KEY_PREFIX");
  });

  it("sends reads to DATABASE_READ_URL only beside a primary DATABASE_URL", () => {
    const config = loadConfig({ DATABASE_URL: "postgresql://primary/slotted", DATABASE_READ_URL: "postgresql://replica/slotted" });
    expect(config.database).toMatchObject({ url: "postgresql://primary/slotted", readUrl: "postgresql://replica/slotted" });
    expect(loadConfig({ DATABASE_URL: "postgresql://primary/slotted" }).database.readUrl).toBeUndefined();
    expect(problemsOf({ DATABASE_READ_URL: "postgresql://replica/slotted" }).map((p) => p.variable)).toEqual(["DATABASE_READ_URL"]);
  });

  it("runs a separate worker only on PostgreSQL", () => {
    expect(problemsOf({ WORKER_MODE: "separate" })[0]?.variable).toBe("WORKER_MODE");
    expect(loadConfig({ WORKER_MODE: "separate", DATABASE_URL: "postgresql://127.0.0.1/slotted" }).jobs.workerMode).toBe("separate");
  });

  it("allows embedded mode in production only when ALLOW_EMBEDDED=true, and marks cookies secure", () => {
    const config = loadConfig({ NODE_ENV: "production", ALLOW_EMBEDDED: "true", SMTP_URL: "smtp://mail.example.com" });
    expect(config.isProduction).toBe(true);
    expect(config.auth.secureCookies).toBe(true);
  });

  it("rejects origins with paths and opening hours that do not make sense", () => {
    const problems = problemsOf({ CORS_ORIGINS: "https://ok.example.com,https://bad.example.com/path", BUSINESS_OPENING_TIME: "23:00", BUSINESS_CLOSING_TIME: "11:00" });
    expect(problems.map((p) => p.variable).sort()).toEqual(["BUSINESS_CLOSING_TIME", "CORS_ORIGINS"]);
  });

  it("reads the phone region as an ISO country code, defaulting to GB", () => {
    expect(loadConfig({}).business.phoneRegion).toBe("GB");
    expect(loadConfig({ BUSINESS_PHONE_REGION: "us" }).business.phoneRegion).toBe("US");
    expect(problemsOf({ BUSINESS_PHONE_REGION: "XX" })[0]?.variable).toBe("BUSINESS_PHONE_REGION");
    expect(problemsOf({ BUSINESS_PHONE_REGION: "GBR" })[0]?.problem).toMatch(/two-letter/);
  });

  it("requires ADMIN_EMAIL and ADMIN_PASSWORD together", () => {
    expect(problemsOf({ ADMIN_EMAIL: "boss@example.com" })[0]?.variable).toBe("ADMIN_PASSWORD");
  });

  it("parses TRUST_PROXY as boolean, hop count or address list", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).http.trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "2" }).http.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "loopback" }).http.trustProxy).toBe("loopback");
  });

  it("leaves the customer app's directory to the API unless CUSTOMER_APP_DIR names one (made absolute)", () => {
    expect(loadConfig({}).webApps.customerDir).toBeUndefined();
    expect(loadConfig({ CUSTOMER_APP_DIR: "/srv/customer" }).webApps.customerDir).toBe("/srv/customer");
    expect(loadConfig({ CUSTOMER_APP_DIR: "build/customer" }).webApps.customerDir).toBe(path.resolve("build/customer"));
    expect(loadConfig({}).webApps.adminDir).toBeUndefined();
    expect(loadConfig({ ADMIN_APP_DIR: "build/admin" }).webApps.adminDir).toBe(path.resolve("build/admin"));
  });

  it("bounds database work below the request timeout by default, and follows a lowered one", () => {
    expect(loadConfig({}).database).toMatchObject({
      statementTimeoutMs: 15_000,
      idleInTransactionTimeoutMs: 10_000,
      transactionTimeoutMs: 15_000,
      pool: { maxLifetimeSeconds: 1_800 },
    });
    expect(loadConfig({ REQUEST_TIMEOUT_MS: "6000" }).database).toMatchObject({
      statementTimeoutMs: 3_000,
      idleInTransactionTimeoutMs: 2_000,
      transactionTimeoutMs: 3_000,
    });
    const explicit = loadConfig({
      DATABASE_STATEMENT_TIMEOUT_MS: "200",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "0",
      DATABASE_TRANSACTION_TIMEOUT_MS: "5000",
      DATABASE_POOL_MAX_LIFETIME_SECONDS: "0",
    }).database;
    expect(explicit).toMatchObject({ statementTimeoutMs: 200, idleInTransactionTimeoutMs: 0, transactionTimeoutMs: 5_000, pool: { maxLifetimeSeconds: 0 } });
  });

  it("refuses database timeouts that would outlast the request", () => {
    const problems = problemsOf({
      REQUEST_TIMEOUT_MS: "10000",
      DATABASE_STATEMENT_TIMEOUT_MS: "10000",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "20000",
      DATABASE_TRANSACTION_TIMEOUT_MS: "9999",
    });
    expect(problems.map((p) => p.variable).sort()).toEqual(["DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", "DATABASE_STATEMENT_TIMEOUT_MS"]);
    expect(problems[0]?.problem).toBe("must be less than REQUEST_TIMEOUT_MS (10000)");
    expect(problemsOf({ DATABASE_STATEMENT_TIMEOUT_MS: "-1" })[0]?.problem).toMatch(/at least 0/);
    expect(problemsOf({ DATABASE_POOL_MAX_LIFETIME_SECONDS: "soon" })[0]?.problem).toMatch(/whole number/);
  });

  it("is documented: every variable appears in .env.example", () => {
    const example = readFileSync(new URL("../../../.env.example", import.meta.url), "utf8");
    const missing = configVariableNames.filter((name) => !new RegExp(`^#?\\s*${name}=`, "m").test(example));
    expect(missing).toEqual([]);
  });
});
