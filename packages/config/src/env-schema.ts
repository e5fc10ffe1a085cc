import { z } from "zod";

// Every environment variable Slotted reads, validated once at start. Each entry's description
// is the example shown when the value is missing or wrong, and is documented in .env.example.

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
    .default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1" || v === "yes");

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .default(fallback);

/** A whole number with no fixed default: unset means "derive it" (see load-config.ts). */
const optionalInt = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .optional();

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be HH:MM in 24-hour time" });

const isValidTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

// ISO 3166-1 alpha-2, checked against the runtime's region list (an unknown code echoes back
// unchanged; ZZ is ICU's "unknown region").
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const isKnownRegion = (code: string) => /^[A-Z]{2}$/.test(code) && code !== "ZZ" && regionNames.of(code) !== code;

const regionCode = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine(isKnownRegion, { error: "must be a two-letter ISO 3166 country code" });

const postgresUrl = z
  .url({ error: "must be a postgres:// URL" })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), { error: "must start with postgres:// or postgresql://" });

const smtpUrl = z
  .url({ error: "must be an smtp:// or smtps:// URL" })
  .refine((v) => /^smtps?:\/\//.test(v), { error: "must start with smtp:// or smtps://" });

// "Name <address>" or a bare address, as a mail's From header takes it.
const mailbox = z
  .string()
  .trim()
  .refine((v) => z.email().safeParse(/<([^<>]+)>$/.exec(v)?.[1] ?? v).success, { error: "must be an address, or Name <address>" });

// host:port,host:port,… — the seed nodes of a Redis Cluster (ioredis discovers the rest).
const redisClusterNodes = z
  .string()
  .trim()
  .transform((v) => v.split(",").map((node) => node.trim()).filter(Boolean))
  .refine((nodes) => nodes.length > 0 && nodes.every((node) => /^[A-Za-z0-9.-]+:\d{1,5}$/.test(node) && Number(node.split(":")[1]) <= 65_535), {
    error: "must be host:port,host:port,… (at least one node)",
  });

const redisUrl = z
  .url({ error: "must be a redis:// URL" })
  .refine((v) => /^rediss?:\/\//.test(v), { error: "must start with redis:// or rediss://" });

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development").describe("production"),
  PORT: int(3000, 0, 65_535).describe("3000"),
  HOST: z.string().min(1).default("0.0.0.0").describe("0.0.0.0"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("info"),
  LOG_PRETTY: bool(false).describe("true"),

  DATABASE_URL: postgresUrl.optional().describe("postgresql://postgres@127.0.0.1:5432/slotted"),
  DATABASE_READ_URL: postgresUrl.optional().describe("postgresql://postgres@replica.internal:5432/slotted"),
  DATABASE_POOL_MAX: int(10, 1, 500).describe("10"),
  DATABASE_POOL_IDLE_TIMEOUT_MS: int(30_000, 0, 3_600_000).describe("30000"),
  DATABASE_POOL_CONNECTION_TIMEOUT_MS: int(5_000, 100, 120_000).describe("5000"),
  DATABASE_POOL_MAX_LIFETIME_SECONDS: int(1_800, 0, 86_400).describe("1800"),
  DATABASE_STATEMENT_TIMEOUT_MS: optionalInt(0, 600_000).describe("15000"),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: optionalInt(0, 600_000).describe("10000"),
  DATABASE_TRANSACTION_TIMEOUT_MS: optionalInt(100, 600_000).describe("15000"),
  PGLITE_DATA_DIR: optionalString.describe("./.data/pglite"),
  MIGRATE_ON_START: bool(true).describe("true"),
  REDIS_URL: redisUrl.optional().describe("redis://127.0.0.1:6379"),
  REDIS_CLUSTER_NODES: optionalString.pipe(redisClusterNodes.optional()).describe("10.0.0.11:6379,10.0.0.12:6379,10.0.0.13:6379"),
  // No braces: keys carry Redis Cluster hash tags, and a brace in the prefix would become the tag.
  REDIS_KEY_PREFIX: z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(64)
    .refine((v) => !/[{}]/.test(v), { error: "must not contain { or }" })
    .default("slotted:")
    .describe("slotted:"),
  REDIS_COMMAND_TIMEOUT_MS: int(50, 5, 10_000).describe("50"),
  ALLOW_EMBEDDED: bool(false).describe("true"),

  SMTP_URL: optionalString.pipe(smtpUrl.optional()).describe("smtp://user:password@smtp.example.com:587"),
  MAIL_FROM: mailbox.default("Slotted <no-reply@slotted.localhost>").describe("The Corner Bistro <bookings@example.com>"),
  MAIL_DISABLED: bool(false).describe("false"),
  WORKER_MODE: z.enum(["inline", "separate"], { error: "must be inline or separate" }).default("inline").describe("inline"),
  WORKER_CONCURRENCY: int(4, 1, 100).describe("4"),
  JOB_TIMEOUT_SECONDS: int(60, 1, 3_600).describe("60"),
  JOB_RETRY_LIMIT: int(5, 0, 100).describe("5"),
  JOB_RETRY_DELAY_SECONDS: int(10, 1, 3_600).describe("10"),
  JOB_POLL_INTERVAL_MS: int(1_000, 500, 60_000).describe("1000"),

  CORS_ORIGINS: z.string().default("").describe("https://app.example.com,https://admin.example.com"),
  PUBLIC_ORIGIN: optionalString.pipe(z.url({ error: "must be a URL such as https://slotted.example.com" }).optional()).describe("https://slotted.example.com"),
  API_CONTACT_EMAIL: optionalString.pipe(z.email({ error: "must be an email address" }).optional()).describe("api@slotted.example.com"),
  TRUST_PROXY: z
    .string()
    .default("false")
    .describe("false | true | 1 (number of hops) | loopback,10.0.0.0/8"),
  BODY_LIMIT_BYTES: int(100 * 1024, 1024, 50 * 1024 * 1024).describe("102400"),
  REQUEST_TIMEOUT_MS: int(30_000, 100, 600_000).describe("30000"),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 600_000).describe("10000"),
  TRPC_MAX_BATCH_SIZE: int(20, 1, 100).describe("20"),
  CUSTOMER_APP_DIR: optionalString.describe("/srv/slotted/customer"),
  ADMIN_APP_DIR: optionalString.describe("/srv/slotted/admin"),

  ADMIN_EMAIL: optionalString.pipe(z.email({ error: "must be an email address" }).optional()).describe("admin@example.com"),
  ADMIN_PASSWORD: optionalString.describe("a long passphrase of 10+ characters"),
  SESSION_COOKIE_NAME: z.string().regex(/^[A-Za-z0-9_-]+$/).default("slotted_session").describe("slotted_session"),

  BUSINESS_NAME: z.string().trim().min(1, { error: "must not be empty" }).max(100).default("Slotted").describe("The Corner Bistro"),
  BUSINESS_TIMEZONE: z
    .string()
    .default("UTC")
    .refine(isValidTimeZone, { error: "must be an IANA time zone" })
    .describe("Europe/London"),
  BUSINESS_OPENING_TIME: clockTime.default("11:00").describe("11:00"),
  BUSINESS_CLOSING_TIME: clockTime.default("23:00").describe("23:00"),
  SLOT_MINUTES: int(30, 5, 240).describe("30"),
  BOOKING_SLOT_CAPACITY: int(40, 1, 10_000).describe("40"),
  BOOKING_MAX_DAYS_AHEAD: int(180, 1, 730).describe("180"),
  BOOKING_AUTO_CONFIRM: bool(false).describe("false"),
  BOOKING_CANCEL_CUTOFF_MINUTES: int(120, 0, 10_080).describe("120"),
  BUSINESS_PHONE_REGION: regionCode.default("GB").describe("GB"),

  RATE_LIMIT_ENABLED: bool(true).describe("true"),
  RATE_LIMIT_DEFAULT_PER_MINUTE: int(600, 1, 1_000_000).describe("600"),
  RATE_LIMIT_DEFAULT_PER_HOUR: int(10_000, 1, 100_000_000).describe("10000"),
  RATE_LIMIT_AUTH_PER_MINUTE: int(10, 1, 1_000_000).describe("10"),
  RATE_LIMIT_AUTH_PER_HOUR: int(100, 1, 100_000_000).describe("100"),
  RATE_LIMIT_BOOKING_WRITE_PER_MINUTE: int(30, 1, 1_000_000).describe("30"),
  RATE_LIMIT_BOOKING_WRITE_PER_HOUR: int(300, 1, 100_000_000).describe("300"),
  RATE_LIMIT_STAFF_MULTIPLIER: int(5, 1, 1000).describe("5"),

  METRICS_TOKEN: optionalString.pipe(z.string().min(16, { error: "must be at least 16 characters" }).optional()).describe("a random string of 32+ characters"),
  SLOW_REQUEST_MS: int(500, 1, 600_000).describe("500"),
  APP_VERSION: optionalString.describe("1.4.2"),
  GIT_COMMIT: optionalString.describe("3f2a9c1"),
});

export type Env = z.infer<typeof envSchema>;
