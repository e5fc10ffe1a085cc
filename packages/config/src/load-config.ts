import path from "node:path";
import type { z } from "zod";
import type { Config, TrustProxy } from "./config.ts";
import { envSchema, type Env } from "./env-schema.ts";

export interface ConfigProblem {
  variable: string;
  problem: string;
  example: string | undefined;
}

/** Thrown when the environment is unusable; `problems` holds one entry per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ConfigError";
  }
}

function formatProblem({ variable, problem, example }: ConfigProblem): string {
  return `${variable}: ${problem}${example ? ` (example: ${variable}=${example})` : ""}`;
}

function exampleFor(variable: string): string | undefined {
  const field = (envSchema.shape as Record<string, z.ZodType | undefined>)[variable];
  return field?.description;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

function parseTrustProxy(raw: string): TrustProxy {
  const value = raw.trim();
  if (value === "true") return true;
  if (value === "false" || value === "") return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * Unset database bounds follow the request timeout (half of it for statements and transactions,
 * a third for an idle transaction: 15 s and 10 s under the default 30 s), so lowering
 * REQUEST_TIMEOUT_MS alone keeps them below it.
 */
function databaseTimeouts(env: Env): Pick<Config["database"], "statementTimeoutMs" | "idleInTransactionTimeoutMs" | "transactionTimeoutMs"> {
  const half = Math.floor(env.REQUEST_TIMEOUT_MS / 2);
  return {
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS ?? half,
    idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? Math.floor(env.REQUEST_TIMEOUT_MS / 3),
    transactionTimeoutMs: env.DATABASE_TRANSACTION_TIMEOUT_MS ?? half,
  };
}

function crossFieldProblems(env: Env, corsOrigins: string[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (variable: string, problem: string) => problems.push({ variable, problem, example: exampleFor(variable) });
  const production = env.NODE_ENV === "production";

  for (const origin of corsOrigins) {
    if (origin === "*") {
      if (production) add("CORS_ORIGINS", "must list explicit origins in production, not *");
    } else if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      add("CORS_ORIGINS", `"${origin}" is not an origin (scheme://host[:port], no path)`);
    }
  }
  if (production && !env.ALLOW_EMBEDDED) {
    if (!env.DATABASE_URL) add("DATABASE_URL", "is required in production (or set ALLOW_EMBEDDED=true to run on embedded PGlite)");
    if (!env.REDIS_URL && !env.REDIS_CLUSTER_NODES) {
      add("REDIS_URL", "is required in production, or REDIS_CLUSTER_NODES (or set ALLOW_EMBEDDED=true to run on the in-process store)");
    }
  }
  if (production && !env.SMTP_URL && !env.MAIL_DISABLED) {
    add("SMTP_URL", "is required in production (or set MAIL_DISABLED=true to send no mail at all)");
  }
  if (env.REDIS_URL && env.REDIS_CLUSTER_NODES) {
    add("REDIS_CLUSTER_NODES", "cannot be set together with REDIS_URL: choose one Redis server or one cluster");
  }
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) add("DATABASE_READ_URL", "needs DATABASE_URL (a replica of embedded PGlite does not exist)");
  // Embedded PGlite belongs to one process: a separate worker could not open it.
  if (env.WORKER_MODE === "separate" && !env.DATABASE_URL) add("WORKER_MODE", "separate needs DATABASE_URL (embedded PGlite runs jobs in the server)");
  if (minutesOf(env.BUSINESS_OPENING_TIME) >= minutesOf(env.BUSINESS_CLOSING_TIME)) {
    add("BUSINESS_CLOSING_TIME", "must be later than BUSINESS_OPENING_TIME");
  }
  if (minutesOf(env.BUSINESS_OPENING_TIME) % env.SLOT_MINUTES !== 0) {
    add("BUSINESS_OPENING_TIME", `must fall on a SLOT_MINUTES (${env.SLOT_MINUTES}) boundary`);
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    add(env.ADMIN_EMAIL ? "ADMIN_PASSWORD" : "ADMIN_EMAIL", "must be set together with the other ADMIN_* variable");
  }
  // Database work must give up before the request does, or a 504 leaves it holding a connection.
  const databaseBounds = databaseTimeouts(env);
  for (const [variable, value] of [
    ["DATABASE_STATEMENT_TIMEOUT_MS", databaseBounds.statementTimeoutMs],
    ["DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", databaseBounds.idleInTransactionTimeoutMs],
    ["DATABASE_TRANSACTION_TIMEOUT_MS", databaseBounds.transactionTimeoutMs],
  ] as const) {
    if (value >= env.REQUEST_TIMEOUT_MS) add(variable, `must be less than REQUEST_TIMEOUT_MS (${env.REQUEST_TIMEOUT_MS})`);
  }
  if (env.ADMIN_PASSWORD && env.ADMIN_PASSWORD.length < 10) add("ADMIN_PASSWORD", "must be at least 10 characters");
  return problems;
}

/**
 * Validates the environment and builds the one Config object. The only place in Slotted that
 * reads `process.env`; everything else receives a Config (tests build one with overrides).
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Unset and empty mean the same thing for every variable.
  const cleaned = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, source[key] === "" ? undefined : source[key]]),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems = parsed.error.issues
      .map((issue) => ({ variable: String(issue.path[0] ?? "environment"), problem: issue.message, example: exampleFor(String(issue.path[0])) }))
      .filter((p) => (seen.has(p.variable) ? false : (seen.add(p.variable), true)));
    throw new ConfigError(problems);
  }
  const env = parsed.data;
  const corsOrigins = env.CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean);
  const problems = crossFieldProblems(env, corsOrigins);
  if (problems.length > 0) throw new ConfigError(problems);

  const production = env.NODE_ENV === "production";
  return {
    env: env.NODE_ENV,
    isProduction: production,
    server: { host: env.HOST, port: env.PORT, shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS },
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    database: {
      url: env.DATABASE_URL,
      readUrl: env.DATABASE_READ_URL,
      pool: {
        max: env.DATABASE_POOL_MAX,
        idleTimeoutMs: env.DATABASE_POOL_IDLE_TIMEOUT_MS,
        connectionTimeoutMs: env.DATABASE_POOL_CONNECTION_TIMEOUT_MS,
        maxLifetimeSeconds: env.DATABASE_POOL_MAX_LIFETIME_SECONDS,
      },
      ...databaseTimeouts(env),
      pgliteDataDir: path.resolve(env.PGLITE_DATA_DIR ?? ".data/pglite"),
      migrateOnStart: env.MIGRATE_ON_START,
    },
    redis: { url: env.REDIS_URL, clusterNodes: env.REDIS_CLUSTER_NODES, keyPrefix: env.REDIS_KEY_PREFIX, commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS },
    http: {
      corsOrigins,
      publicOrigin: env.PUBLIC_ORIGIN,
      apiContactEmail: env.API_CONTACT_EMAIL,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      trpcMaxBatchSize: env.TRPC_MAX_BATCH_SIZE,
    },
    webApps: {
      customerDir: env.CUSTOMER_APP_DIR === undefined ? undefined : path.resolve(env.CUSTOMER_APP_DIR),
      adminDir: env.ADMIN_APP_DIR === undefined ? undefined : path.resolve(env.ADMIN_APP_DIR),
    },
    auth: {
      cookieName: env.SESSION_COOKIE_NAME,
      secureCookies: production,
      bootstrapAdmin:
        env.ADMIN_EMAIL && env.ADMIN_PASSWORD
          ? { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD }
          : undefined,
    },
    business: {
      name: env.BUSINESS_NAME,
      timezone: env.BUSINESS_TIMEZONE,
      openingMinute: minutesOf(env.BUSINESS_OPENING_TIME),
      closingMinute: minutesOf(env.BUSINESS_CLOSING_TIME),
      slotMinutes: env.SLOT_MINUTES,
      slotCapacity: env.BOOKING_SLOT_CAPACITY,
      maxDaysAhead: env.BOOKING_MAX_DAYS_AHEAD,
      autoConfirm: env.BOOKING_AUTO_CONFIRM,
      cancelCutoffMinutes: env.BOOKING_CANCEL_CUTOFF_MINUTES,
      phoneRegion: env.BUSINESS_PHONE_REGION,
    },
    mail: {
      transport: env.MAIL_DISABLED ? "disabled" : env.SMTP_URL ? "smtp" : "dev-mailbox",
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      linkOrigin: (env.PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    },
    jobs: {
      workerMode: env.WORKER_MODE,
      concurrency: env.WORKER_CONCURRENCY,
      timeoutSeconds: env.JOB_TIMEOUT_SECONDS,
      retryLimit: env.JOB_RETRY_LIMIT,
      retryDelaySeconds: env.JOB_RETRY_DELAY_SECONDS,
      pollIntervalMs: env.JOB_POLL_INTERVAL_MS,
    },
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      perMinute: {
        default: env.RATE_LIMIT_DEFAULT_PER_MINUTE,
        auth: env.RATE_LIMIT_AUTH_PER_MINUTE,
        booking_write: env.RATE_LIMIT_BOOKING_WRITE_PER_MINUTE,
      },
      perHour: {
        default: env.RATE_LIMIT_DEFAULT_PER_HOUR,
        auth: env.RATE_LIMIT_AUTH_PER_HOUR,
        booking_write: env.RATE_LIMIT_BOOKING_WRITE_PER_HOUR,
      },
      staffMultiplier: env.RATE_LIMIT_STAFF_MULTIPLIER,
    },
    observability: {
      metricsToken: env.METRICS_TOKEN,
      slowRequestMs: env.SLOW_REQUEST_MS,
      appVersion: env.APP_VERSION,
      gitCommit: env.GIT_COMMIT,
    },
  };
}

/** A valid Config for tests and tools: the defaults, with the given variables applied. */
export function buildConfig(variables: Record<string, string | undefined> = {}): Config {
  return loadConfig(variables);
}

/** Names of every variable Slotted reads, for docs and the .env.example check. */
export const configVariableNames: readonly string[] = Object.keys(envSchema.shape);
