import type { Env } from "./env-schema.ts";

export type Environment = Env["NODE_ENV"];
export type TrustProxy = boolean | number | string;

/** The one typed configuration object; built from the environment by `loadConfig`. */
export interface Config {
  env: Environment;
  isProduction: boolean;
  server: { host: string; port: number; shutdownTimeoutMs: number };
  log: { level: Env["LOG_LEVEL"]; pretty: boolean };
  database: {
    /** PostgreSQL when set; otherwise embedded PGlite in `pgliteDataDir`. */
    url: string | undefined;
    /**
     * A read replica for list and statistics reads; undefined sends them to `url`. Writes and
     * reads that must see the caller's own write always use `url`.
     */
    readUrl: string | undefined;
    /** `maxLifetimeSeconds`: a connection older than this is closed when released (0: never). */
    pool: { max: number; idleTimeoutMs: number; connectionTimeoutMs: number; maxLifetimeSeconds: number };
    /**
     * Server-side bounds on every pooled PostgreSQL connection (0: leave the server's setting).
     * Both stay below the request timeout, so work behind a 504 cannot hold a connection for long.
     */
    statementTimeoutMs: number;
    idleInTransactionTimeoutMs: number;
    /** How long an interactive transaction may run before Prisma rolls it back. */
    transactionTimeoutMs: number;
    pgliteDataDir: string;
    migrateOnStart: boolean;
  };
  /**
   * Redis when `url` (one server) or `clusterNodes` (a Redis Cluster's seed nodes, as host:port)
   * is set; otherwise an in-process store. Processes with the same `keyPrefix` share
   * cache entries and rate-limit counts. A command unanswered after `commandTimeoutMs` fails,
   * and callers fall back to in-process state.
   */
  redis: { url: string | undefined; clusterNodes: string[] | undefined; keyPrefix: string; commandTimeoutMs: number };
  http: {
    corsOrigins: string[];
    publicOrigin: string | undefined;
    /** Published as the OpenAPI document's contact email. */
    apiContactEmail: string | undefined;
    trustProxy: TrustProxy;
    bodyLimitBytes: number;
    requestTimeoutMs: number;
    trpcMaxBatchSize: number;
  };
  /**
   * The built browser apps the server hands out. Undefined means the default next to the API's
   * source (apps/customer/dist), which the API resolves itself.
   */
  webApps: { customerDir: string | undefined; adminDir: string | undefined };
  auth: {
    cookieName: string;
    secureCookies: boolean;
    bootstrapAdmin: { email: string; password: string } | undefined;
  };
  business: {
    /** The venue's name, as mail and pages show it. */
    name: string;
    timezone: string;
    openingMinute: number;
    closingMinute: number;
    slotMinutes: number;
    slotCapacity: number;
    maxDaysAhead: number;
    autoConfirm: boolean;
    /** Customers may cancel or reschedule until this many minutes before the start; staff any time. */
    cancelCutoffMinutes: number;
    /** Region (ISO 3166 alpha-2) for contact phone numbers written without a country code. */
    phoneRegion: string;
  };
  /**
   * Where mail goes: SMTP when `smtpUrl` is set, otherwise (never in production) the development
   * mailbox in the database; `disabled` sends nothing. Links in mail start with `linkOrigin`.
   */
  mail: {
    transport: "smtp" | "dev-mailbox" | "disabled";
    smtpUrl: string | undefined;
    from: string;
    linkOrigin: string;
  };
  /**
   * Background jobs run in the API process (inline) or only in `pnpm worker` processes (separate).
   * A job still active after `timeoutSeconds` is presumed lost with its worker and tried again,
   * up to `retryLimit` retries, `retryDelaySeconds` apart and doubling.
   */
  jobs: {
    workerMode: "inline" | "separate";
    concurrency: number;
    timeoutSeconds: number;
    retryLimit: number;
    retryDelaySeconds: number;
    pollIntervalMs: number;
  };
  rateLimit: {
    enabled: boolean;
    perMinute: { default: number; auth: number; booking_write: number };
    perHour: { default: number; auth: number; booking_write: number };
    staffMultiplier: number;
  };
  observability: {
    metricsToken: string | undefined;
    slowRequestMs: number;
    appVersion: string | undefined;
    gitCommit: string | undefined;
  };
}
