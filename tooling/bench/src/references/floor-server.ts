// Reference ("the floor"): express 5 + tRPC 11's express adapter + superjson, one procedure
// returning health.live's shape, nothing else. What Slotted's tRPC path could cost at best.
import { initTRPC } from "@trpc/server";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import express from "express";
import superjson from "superjson";

const startedAt = Date.now();
const t = initTRPC.create({ transformer: superjson });
const router = t.router({
  health: t.router({
    live: t.procedure.query(() => ({
      status: "ok" as const,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    })),
  }),
});

const app = express();
app.use("/trpc", createExpressMiddleware({ router }));
app.listen(Number(process.env.PORT), "127.0.0.1");
