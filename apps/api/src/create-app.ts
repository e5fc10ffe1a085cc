import { buildOpenApiDocument, restBasePath, type AppServices } from "@slotted/core";
import cors from "cors";
import express, { type Express } from "express";
import { accessLogMiddleware } from "./http/access-log.ts";
import { apiDocsRouter } from "./http/api-docs.ts";
import { declaredBodyLimit } from "./http/declared-body-limit.ts";
import { errorHandler, notFoundHandler } from "./http/error-handlers.ts";
import { httpMetricsMiddleware } from "./http/http-metrics.ts";
import { jsonBodyParser, jsonDepthRefusal, queryInputDepthGuard } from "./http/json-depth.ts";
import { metricsEndpoint } from "./http/metrics-endpoint.ts";
import { requestIdMiddleware } from "./http/request-id.ts";
import { requestTimeoutMiddleware } from "./http/request-timeout.ts";
import { responseCompression } from "./http/response-compression.ts";
import { bodylessWritesAsJson } from "./http/bodyless-writes.ts";
import { restErrorShape } from "./http/rest-error-shape.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { restHandler, trpcHandler } from "./http/trpc-handlers.ts";
import { mountWebApps } from "./http/web-apps.ts";

export interface CreateAppOptions {
  /** Extra routes mounted before the 404 handler (tests use it for a deliberately slow route). */
  extraRoutes?: (app: Express) => void;
}

/** The HTTP composition: middleware order matters and is the request flow in ARCHITECTURE.md. */
export function createApp(services: AppServices, options: CreateAppOptions = {}): Express {
  const { config, logger } = services;
  const wildcardCors = config.http.corsOrigins.includes("*");
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.http.trustProxy);
  app.set("etag", false);

  app.use(requestIdMiddleware(logger));
  app.use(accessLogMiddleware(logger));
  app.use(httpMetricsMiddleware(services));
  app.use(declaredBodyLimit(config.http.bodyLimitBytes, logger));
  // Every compressible answer (JSON, HTML, JS, CSS, the metrics text) when the client accepts it;
  // Prometheus asks for gzip too. Small bodies (< 1 kB) go as they are, and answers carrying a
  // credential are never compressed (BREACH: see response-compression.ts).
  app.use(responseCompression());
  app.get("/metrics", metricsEndpoint(services));
  app.use(requestTimeoutMiddleware(config.http.requestTimeoutMs));
  app.use(securityHeaders(config));
  app.use(
    cors({
      // A wildcard (refused in production) never comes with credentials.
      origin: wildcardCors ? "*" : config.http.corsOrigins,
      credentials: !wildcardCors,
      exposedHeaders: [
        "X-Request-ID",
        "Retry-After",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "RateLimit",
        "RateLimit-Policy",
      ],
      maxAge: 600,
    }),
  );
  app.use(jsonBodyParser(config.http.bodyLimitBytes), jsonDepthRefusal(logger));

  const openApiDocument = buildOpenApiDocument({
    baseUrl: restBasePath,
    version: config.observability.appVersion ?? "1.0.0",
    contact: {
      name: "Slotted API support",
      ...(config.http.apiContactEmail ? { email: config.http.apiContactEmail } : {}),
      ...(config.http.publicOrigin ? { url: `${config.http.publicOrigin}/api/docs` } : {}),
    },
  });
  app.get(`${restBasePath}/openapi.json`, (_req, res) => {
    res.locals.route = `${restBasePath}/openapi.json`;
    res.json(openApiDocument);
  });
  app.use("/api/docs", apiDocsRouter());
  app.use("/trpc", queryInputDepthGuard(logger), trpcHandler(services));
  app.use(restBasePath, bodylessWritesAsJson, restErrorShape, restHandler(services));

  options.extraRoutes?.(app);
  mountWebApps(app, services);
  app.use(notFoundHandler);
  app.use(errorHandler(logger, config.http.bodyLimitBytes));
  return app;
}
