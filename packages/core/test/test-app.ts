// Shared by core's procedure tests: the real router, context factory and procedure chain over a
// fresh database (PGlite, or a new PostgreSQL database when DATABASE_URL is set). The HTTP server
// with its express middleware lives in apps/api and has its own helpers; this is the core-level
// counterpart, so a procedure can be tested beside its file without depending on the app.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, IncomingMessage, ServerResponse, type Server } from "node:http";
import { Socket } from "node:net";
import { Writable } from "node:stream";
import { createSession, hashPassword } from "@slotted/auth";
import { buildConfig } from "@slotted/config";
import { createMemoryStore, type Role, type User } from "@slotted/db";
import { createTestDatabase } from "@slotted/db/testing";
import { createJobQueue } from "@slotted/jobs";
import { createLogger, runWithRequestContext } from "@slotted/logger";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import { createContextFactory, type Context } from "../src/context.ts";
import { createAppMetrics } from "../src/observability/index.ts";
import { createRateLimitService } from "../src/rate-limit/index.ts";
import { appRouter, createCaller } from "../src/root.ts";
import type { AppServices } from "../src/services.ts";

export interface TestAccount {
  user: User;
  password: string;
  token: string;
}

export interface RestAnswer {
  status: number;
  body: unknown;
}

export interface TestApp {
  services: AppServices;
  /** Every line the server logged (debug and up), for "this secret never appears" checks. */
  logText(): string;
  /** A user of the role with a live session, made straight in the database. */
  account(options?: { role?: Role; name?: string; email?: string }): Promise<TestAccount>;
  /** The tRPC router called as `account` (bearer token) or anonymously, under its own request ID. */
  caller(account?: TestAccount, requestId?: string): ReturnType<typeof createCaller>;
  /** The same procedures through the REST adapter (trpc-to-openapi), paths without the /api/v1 prefix. */
  rest(method: string, path: string, account?: TestAccount, body?: unknown): Promise<RestAnswer>;
  close(): Promise<void>;
}

const sharedPassword = "correct-horse-battery-staple";
let sharedHash: Promise<string> | undefined;

function requestWith(method: string, headers: Record<string, string>): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.headers = headers;
  return req;
}

/** Rate limits off and an in-process cache: the tests here are about the procedures, not those. */
export async function startTestApp(): Promise<TestApp> {
  const config = buildConfig({ RATE_LIMIT_ENABLED: "false", DATABASE_URL: process.env.DATABASE_URL });
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger({ level: "debug", destination });
  const testDatabase = await createTestDatabase();
  const db = testDatabase.database;
  // Jobs are enqueued (with the writes that cause them) but no worker runs here.
  const jobs = createJobQueue({ database: db, config, logger, supervise: false });
  await jobs.start();
  const services: AppServices = {
    config,
    logger,
    db,
    kv: createMemoryStore(),
    redis: null,
    rateLimiter: createRateLimitService({ redis: null, logger }),
    metrics: createAppMetrics({
      build: { version: "0.0.0-test", gitCommit: null, nodeVersion: process.version },
      poolStats: () => db.poolStats(),
      healthProbes: {},
    }),
    jobs,
    startedAt: new Date(),
  };
  const trpcContext = createContextFactory(services, "trpc");
  const restContext = createContextFactory(services, "rest");
  // The node-level handler apps/api's express middleware wraps, given the raw request as express gives it.
  const restHandler = createOpenApiNodeHttpHandler<typeof appRouter, IncomingMessage, ServerResponse>({
    router: appRouter,
    createContext: ({ req, res }) => restContext({ req, res }),
  });
  const server: Server = createServer((req, res) => {
    void runWithRequestContext({ requestId: randomUUID(), log: logger }, () => restHandler(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test REST server has no TCP port");
  const baseUrl = `http://127.0.0.1:${address.port}`;

  return {
    services,
    logText: () => lines.join(""),
    account: async (options = {}) => {
      sharedHash ??= hashPassword(sharedPassword);
      const role = options.role ?? "CUSTOMER";
      const suffix = randomBytes(4).toString("hex");
      const user = await db.prisma.user.create({
        data: {
          email: options.email ?? `${role.toLowerCase()}-${suffix}@example.test`,
          name: options.name ?? `Test ${role} ${suffix}`,
          passwordHash: await sharedHash,
          role,
        },
      });
      const { token } = await createSession(db.prisma, user.id, { userAgent: "vitest" });
      return { user, password: sharedPassword, token };
    },
    caller: (account, requestId = randomUUID()) => {
      const req = requestWith("POST", account ? { authorization: `Bearer ${account.token}` } : {});
      const ctx: Context = runWithRequestContext({ requestId, log: logger }, () => trpcContext({ req, res: new ServerResponse(req) }));
      return createCaller(ctx);
    },
    rest: async (method, path, account, body) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...(account ? { authorization: `Bearer ${account.token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      services.rateLimiter.close();
      services.metrics.close();
      await services.jobs.stop(1_000);
      await services.kv.close();
      await testDatabase.dispose();
    },
  };
}
