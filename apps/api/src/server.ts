import { Server as NetServer, type AddressInfo, type Socket } from "node:net";
import { createServer, type Server, type ServerResponse } from "node:http";
import { markDraining, type AppServices } from "@slotted/core";
import { createApp, type CreateAppOptions } from "./create-app.ts";
import { closeServices } from "./create-services.ts";
import { answerClientError } from "./http/client-error.ts";

export interface RunningServer {
  server: Server;
  url: string;
  /**
   * Drains: stops accepting, answers every request already on a connection with
   * `Connection: close`, closes connections once they go quiet, and resolves as soon as the
   * last one is gone (`SHUTDOWN_TIMEOUT_MS` is only the last resort); then closes dependencies.
   */
  shutdown(): Promise<void>;
}

/**
 * How long a kept-alive connection must have been without a request before draining closes it.
 * Closing the moment it looks idle races a client whose next request is already on the wire:
 * the unread bytes make the kernel answer with a reset. A client that keeps sending gets its
 * next request answered with `Connection: close` instead, well inside this window.
 */
const drainQuietMs = 250;
const drainSweepMs = 50;

interface ConnectionState {
  inFlight: number;
  quietSince: number;
}

export interface StartServerOptions extends CreateAppOptions {
  port?: number;
  host?: string;
  /**
   * Start-up work to finish before the port opens. Building the app is synchronous CPU work, so
   * work that mostly waits (database round trips, hashing on the thread pool) overlaps it.
   */
  beforeListen?: Promise<unknown>;
}

export async function startServer(services: AppServices, options: StartServerOptions = {}): Promise<RunningServer> {
  const { config, logger } = services;
  const app = createApp(services, options);
  await options.beforeListen;
  let draining = false;
  const connections = new Map<Socket, ConnectionState>();
  const openResponses = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const connection = connections.get(req.socket);
    if (connection) connection.inFlight++;
    openResponses.add(res);
    if (draining) res.setHeader("Connection", "close");
    res.once("close", () => {
      openResponses.delete(res);
      if (!connection) return;
      connection.inFlight--;
      connection.quietSince = performance.now();
    });
    app(req, res);
  });
  server.on("clientError", answerClientError(logger));
  server.on("connection", (socket: Socket) => {
    connections.set(socket, { inFlight: 0, quietSince: performance.now() });
    socket.once("close", () => connections.delete(socket));
  });
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

  /** Closes the connections that have no request in flight and have been quiet long enough. */
  const closeQuietConnections = () => {
    const now = performance.now();
    for (const [socket, connection] of connections) {
      if (connection.inFlight === 0 && now - connection.quietSince >= drainQuietMs) socket.destroy();
    }
  };

  let stopping: Promise<void> | undefined;
  const shutdown = () => {
    stopping ??= (async () => {
      logger.info({ connections: connections.size, inFlight: openResponses.size }, "shutting down: no new connections, finishing in-flight requests");
      draining = true;
      markDraining(services);
      for (const res of openResponses) if (!res.headersSent) res.setHeader("Connection", "close");
      // The plain listener close: http.Server#close would also drop every idle-looking
      // connection at once, resetting requests that are already on their way.
      const drained = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      // Swept after the poll phase (setImmediate), so requests that already arrived have been read.
      const sweeper = setInterval(() => setImmediate(closeQuietConnections), drainSweepMs);
      let deadlineTimer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        deadlineTimer = setTimeout(() => {
          logger.warn(
            { timeoutMs: config.server.shutdownTimeoutMs, inFlight: openResponses.size },
            "shutdown deadline reached; closing remaining connections",
          );
          server.closeAllConnections();
          resolve();
        }, config.server.shutdownTimeoutMs);
      });
      await Promise.race([drained, deadline]);
      clearInterval(sweeper);
      clearTimeout(deadlineTimer);
      // Now also stops http.Server's own connection-checking timer.
      server.close();
      await closeServices(services);
      logger.info("shutdown complete");
    })();
    return stopping;
  };
  return { server, url, shutdown };
}
