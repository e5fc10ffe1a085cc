import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { activeLogger, runWithRequestContext } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { createContextFactory } from "../context.ts";
import { protectedProcedure } from "../procedures.ts";
import { createCallerFactory, router } from "../trpc.ts";

// The real procedure chain (call scope, rate limit, role check) around a procedure that logs the
// way product code does: through ctx.log, and through the active logger deep in a helper.
const probeRouter = router({
  logsInside: protectedProcedure
    .input(z.void())
    .output(z.null())
    .query(({ ctx }) => {
      ctx.log.info("written through ctx.log");
      activeLogger(ctx.services.logger).info("written deep in a helper");
      return null;
    }),
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("call scope", () => {
  it("puts the signed-in user's ID and the request ID on every line written inside a procedure", async () => {
    const account = await app.account();
    const req = new IncomingMessage(new Socket());
    req.method = "GET";
    req.headers = { authorization: `Bearer ${account.token}` };
    const createContext = createContextFactory(app.services, "trpc");
    const ctx = runWithRequestContext({ requestId: "req-call-scope", log: app.services.logger }, () =>
      createContext({ req, res: new ServerResponse(req) }),
    );
    await createCallerFactory(probeRouter)(ctx).logsInside();

    const lines = app
      .logText()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === "written through ctx.log" || line.msg === "written deep in a helper");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatchObject({ requestId: "req-call-scope", userId: account.user.id });
  });
});
