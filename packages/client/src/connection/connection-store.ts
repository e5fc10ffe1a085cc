import { onlineManager } from "@tanstack/react-query";
import type { ClientLogger } from "../logging/client-logger.ts";

/**
 * - `offline`: the browser says there is no network;
 * - `unreachable`: there is a network, but our server did not answer (network error, 502/503/504);
 * - `online`: the last answer came from our server.
 */
export type ConnectionStatus = "online" | "offline" | "unreachable";

export interface ConnectionStore {
  // Function properties, not methods: React calls `subscribe`/`getSnapshot` detached.
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ConnectionStatus;
  /** Our server answered. `probe` marks the health probe's own answers. */
  reportReachable: (source?: "call" | "probe") => void;
  reportUnreachable: () => void;
  /** Stops probing and listening (tests, or a client being thrown away). */
  dispose: () => void;
}

export interface ConnectionStoreOptions {
  /** Asks the server whether it is up (`health.live`); its answer reaches the store through the links. */
  probe: () => Promise<unknown>;
  /** Called when the server answers again after being unreachable. */
  onRecovered: () => void;
  logger: ClientLogger;
  /** First probe delay; doubles per failed probe up to `maxProbeDelayMs`. */
  firstProbeDelayMs?: number;
  maxProbeDelayMs?: number;
}

export function createConnectionStore(options: ConnectionStoreOptions): ConnectionStore {
  const firstDelay = options.firstProbeDelayMs ?? 1_000;
  const maxDelay = options.maxProbeDelayMs ?? 10_000;
  const listeners = new Set<() => void>();
  let unreachable = false;
  // Grows while the server stays away; reset only by an ordinary call succeeding, so a server
  // whose liveness answers but whose calls still fail is probed ever more gently.
  let failedProbes = 0;
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  let probing = false;
  let disposed = false;

  const status = (): ConnectionStatus => (!onlineManager.isOnline() ? "offline" : unreachable ? "unreachable" : "online");
  let snapshot = status();

  const emitIfChanged = () => {
    const next = status();
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  const cancelProbe = () => {
    if (probeTimer !== undefined) clearTimeout(probeTimer);
    probeTimer = undefined;
  };

  const scheduleProbe = () => {
    if (disposed || !unreachable || probing || probeTimer !== undefined || !onlineManager.isOnline()) return;
    const delay = Math.min(maxDelay, firstDelay * 2 ** failedProbes);
    probeTimer = setTimeout(() => {
      probeTimer = undefined;
      probing = true;
      options
        .probe()
        .catch(() => {
          failedProbes++;
        })
        .finally(() => {
          probing = false;
          scheduleProbe();
        });
    }, delay);
  };

  const unsubscribeOnline = onlineManager.subscribe(() => {
    emitIfChanged();
    if (onlineManager.isOnline()) scheduleProbe();
    else cancelProbe();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    reportReachable(source = "call") {
      if (source === "call") failedProbes = 0;
      if (!unreachable) return;
      unreachable = false;
      cancelProbe();
      options.logger.info("api.reachable");
      emitIfChanged();
      options.onRecovered();
    },
    reportUnreachable() {
      if (!unreachable) {
        unreachable = true;
        options.logger.warn("api.unreachable");
        emitIfChanged();
      }
      scheduleProbe();
    },
    dispose() {
      disposed = true;
      cancelProbe();
      unsubscribeOnline();
      listeners.clear();
    },
  };
}
