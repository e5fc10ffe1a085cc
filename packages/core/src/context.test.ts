import { once } from "node:events";
import { createServer, IncomingMessage, ServerResponse, type Server } from "node:http";
import { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../test/test-app.ts";
import { createContextFactory, type Context } from "./context.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A server whose every request builds a context (signal derived from the response) and reports it. */
async function contextServer(onContext: (ctx: Context, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const makeContext = createContextFactory(app.services, "rest");
  const server = createServer((req, res) => onContext(makeContext({ req, res }), res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP port");
  return { url: `http://127.0.0.1:${address.port}`, server };
}

describe("the context's abort signal", () => {
  it("is the HTTP layer's signal when one is given", () => {
    const req = new IncomingMessage(new Socket());
    const controller = new AbortController();
    const ctx = createContextFactory(app.services, "trpc")({ req, res: new ServerResponse(req), signal: controller.signal });
    expect(ctx.signal).toBe(controller.signal);
  });

  it("otherwise aborts when the client disconnects before the answer, and not after a finished one", async () => {
    const contexts: Context[] = [];
    const { url, server } = await contextServer((ctx, res) => {
      contexts.push(ctx);
      // The first request never gets an answer; the second is answered at once.
      if (contexts.length === 2) res.end("done");
    });
    try {
      const client = new AbortController();
      const abandoned = fetch(url, { signal: client.signal }).catch((error: unknown) => error);
      while (contexts.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const first = contexts[0];
      if (!first) throw new Error("no context");
      client.abort();
      await abandoned;
      if (!first.signal.aborted) await once(first.signal, "abort");
      expect(first.signal.aborted).toBe(true);

      const answered = await fetch(url);
      expect(await answered.text()).toBe("done");
      expect(contexts[1]?.signal.aborted).toBe(false);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
