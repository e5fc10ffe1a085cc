import type { AnyTRPCRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { http, HttpResponse } from "msw";
import { setupServer, type SetupServer } from "msw/node";
import { mergeTestRouters, testProcedure, testRouter, type TestContext } from "./test-trpc.ts";

export const testOrigin = "http://localhost";
export const testApiUrl = `${testOrigin}/trpc`;

/** One HTTP request the test server received. */
export interface RecordedRequest {
  method: string;
  /** Procedure paths of the (batched) request. */
  paths: string[];
  /** The `X-Request-ID` the client sent. */
  requestId: string | null;
  headers: Headers;
}

/** How to answer instead of the router: no response at all, or a bare response (a proxy's page). */
export type TestInterruption = "network" | { status: number; body?: string; contentType?: string };

export interface TestApiServer {
  server: SetupServer;
  /** Every request that reached `/trpc`, in order (interrupted ones included). */
  requests: RecordedRequest[];
  /** Answers the next requests with these failures, one each, before the router answers again. */
  interruptNext(...failures: TestInterruption[]): void;
  /** Like `interruptNext`, but only for requests carrying a call to `path` (other requests pass). */
  interruptNextFor(path: string, ...failures: TestInterruption[]): void;
  /** Starts intercepting; unhandled requests fail the test. */
  listen(): void;
  /** Forgets requests and pending interruptions, and drops handlers added with `server.use`. */
  reset(): void;
  close(): void;
}

const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

// Answers the connection probe when the test router has no `health` namespace of its own.
const healthRouter = testRouter({
  health: testRouter({
    live: testProcedure.query(() => ({ status: "ok" as const, uptimeSeconds: 1 })),
  }),
});

function withHealth(router: AnyTRPCRouter): AnyTRPCRouter {
  if ("health" in router._def.record) return router;
  const merge: (...routers: AnyTRPCRouter[]) => AnyTRPCRouter = mergeTestRouters;
  return merge(healthRouter, router);
}

function interruption(failure: TestInterruption): Response {
  if (failure === "network") return HttpResponse.error();
  return new HttpResponse(failure.body ?? "", {
    status: failure.status,
    headers: { "content-type": failure.contentType ?? "text/html" },
  });
}

/**
 * Serves a test router (built with `testRouter`/`testProcedure`) at `http://localhost/trpc`
 * through tRPC's own fetch handler inside msw, so batching, superjson and error shapes behave
 * exactly as in production.
 */
export function createTestApiServer(router: AnyTRPCRouter): TestApiServer {
  const served = withHealth(router);
  const requests: RecordedRequest[] = [];
  const pending: { failure: TestInterruption; path: string | undefined }[] = [];

  const handler = http.all(`${testApiUrl}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const sent = request.headers.get("X-Request-ID");
    const paths = decodeURIComponent(url.pathname.slice("/trpc/".length)).split(",");
    requests.push({ method: request.method, paths, requestId: sent, headers: request.headers });
    const index = pending.findIndex((entry) => entry.path === undefined || paths.includes(entry.path));
    const [entry] = index === -1 ? [] : pending.splice(index, 1);
    if (entry) return interruption(entry.failure);

    const requestId = sent && safeRequestId.test(sent) ? sent : crypto.randomUUID();
    const response = await fetchRequestHandler({
      endpoint: "/trpc",
      req: request,
      router: served,
      createContext: ({ req, resHeaders }): TestContext => ({
        requestId,
        req,
        resHeaders,
        setHeaders: (headers) => {
          for (const [name, value] of Object.entries(headers)) resHeaders.set(name, value);
        },
      }),
    });
    response.headers.set("X-Request-ID", requestId);
    return response;
  });

  const server = setupServer(handler);
  return {
    server,
    requests,
    interruptNext: (...failures) => {
      pending.push(...failures.map((failure) => ({ failure, path: undefined })));
    },
    interruptNextFor: (path, ...failures) => {
      pending.push(...failures.map((failure) => ({ failure, path })));
    },
    listen: () => server.listen({ onUnhandledRequest: "error" }),
    reset: () => {
      requests.length = 0;
      pending.length = 0;
      server.resetHandlers();
    },
    close: () => server.close(),
  };
}
