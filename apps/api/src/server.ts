import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import type { AppServices } from "@slotted/core";
import { createApp, type CreateAppOptions } from "./create-app.ts";
import { closeServices } from "./create-services.ts";

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting, lets in-flight requests finish (bounded), then closes dependencies. */
  shutdown(): Promise<void>;
}

export async function startServer(services: AppServices, options: CreateAppOptions & { port?: number; host?: string } = {}): Promise<RunningServer> {
  const { config, logger } = services;
  const app = createApp(services, options);
  const server = createServer(app);
  // Node's own header/keep-alive timers stay above the app's request timeout, so the app answers first.
  server.requestTimeout = config.http.requestTimeoutMs + 5_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 5_000;

  const port = options.port ?? config.server.port;
  const host = options.host ?? config.server.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;

  let stopping: Promise<void> | undefined;
  const shutdown = () => {
    stopping ??= (async () => {
      logger.info("shutting down: no new connections, finishing in-flight requests");
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = new Promise<void>((resolve) => {
        setTimeout(() => {
          logger.warn({ timeoutMs: config.server.shutdownTimeoutMs }, "shutdown deadline reached; closing remaining connections");
          server.closeAllConnections();
          resolve();
        }, config.server.shutdownTimeoutMs).unref();
      });
      await Promise.race([closed, deadline]);
      await closeServices(services);
      logger.info("shutdown complete");
    })();
    return stopping;
  };
  return { server, url, shutdown };
}
