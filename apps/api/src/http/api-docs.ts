import { createRequire } from "node:module";
import express, { type Router } from "express";

const require = createRequire(import.meta.url);
// swagger-ui-dist ships the whole UI as static files; serving them ourselves keeps the docs working offline.
const swaggerUiDir = (require("swagger-ui-dist") as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Slotted API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

// A separate file rather than an inline script, so helmet's Content-Security-Policy can stay strict.
const init = `window.ui = SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

/** The interactive API reference at /api/docs, with every asset served from node_modules. */
export function apiDocsRouter(): Router {
  const docs = express.Router();
  docs.get("/", (_req, res) => {
    res.locals.route = "/api/docs";
    res.type("html").send(page);
  });
  docs.get("/init.js", (_req, res) => {
    res.locals.route = "/api/docs/init.js";
    res.type("application/javascript").send(init);
  });
  docs.use("/assets", (_req, res, next) => {
    res.locals.route = "/api/docs/assets";
    next();
  }, express.static(swaggerUiDir, { index: false, immutable: true, maxAge: "1d" }));
  return docs;
}
