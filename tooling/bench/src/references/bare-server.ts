// Reference: bare express 5 answering health.live's exact tRPC JSON, with no tRPC at all.
import express from "express";

const startedAt = Date.now();
const app = express();
app.get("/trpc/health.live", (_req, res) => {
  res.json({
    result: {
      data: {
        json: {
          status: "ok",
          uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        },
      },
    },
  });
});
app.listen(Number(process.env.PORT), "127.0.0.1");
