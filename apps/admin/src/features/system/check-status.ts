import type { RouterOutputs } from "@slotted/client";
import type { BadgeTone } from "@slotted/ui";
import { formatMs, formatPercent } from "./system-format.ts";

export type SystemHealth = RouterOutputs["health"]["detailed"];
type CheckStatus = SystemHealth["database"]["status"];
type LimiterState = SystemHealth["rateLimiter"]["state"];
type EventLoop = SystemHealth["process"]["eventLoop"];

/** Green, amber or red, always with a word: colour only reinforces it. */
export interface StatusView {
  tone: Extract<BadgeTone, "success" | "warning" | "danger">;
  word: string;
}

const checkStatuses: Record<CheckStatus, StatusView> = {
  up: { tone: "success", word: "Up" },
  degraded: { tone: "warning", word: "Degraded" },
  down: { tone: "danger", word: "Down" },
};

export const checkStatus = (status: CheckStatus): StatusView => checkStatuses[status];

const overallStatuses: Record<SystemHealth["status"], StatusView & { summary: string }> = {
  ok: { tone: "success", word: "OK", summary: "Every check passes." },
  degraded: { tone: "warning", word: "Degraded", summary: "The app works, but a check needs attention: see below." },
  down: { tone: "danger", word: "Down", summary: "The database check fails: most of the app cannot work until it is fixed." },
};

export const overallStatus = (status: SystemHealth["status"]) => overallStatuses[status];

export const databaseModes: Record<SystemHealth["database"]["mode"], string> = {
  postgres: "PostgreSQL",
  pglite: "PGlite (embedded, inside this process)",
};

export const cacheModes: Record<SystemHealth["cache"]["mode"], string> = {
  redis: "Redis",
  memory: "In memory (this process only)",
};

const limiterStates: Record<LimiterState, StatusView & { mode: string; explanation: string }> = {
  redis: {
    tone: "success",
    word: "Shared",
    mode: "Redis",
    explanation: "Every server process counts requests in Redis together, so each limit holds across all of them.",
  },
  fallback: {
    tone: "warning",
    word: "Fallback",
    mode: "Fallback (per process)",
    explanation:
      "Redis stopped answering the rate limiter, so each server process now counts requests on its own. With several processes a client can make up to that many times its limit. Counting returns to Redis by itself once Redis answers again.",
  },
  memory: {
    tone: "success",
    word: "In memory",
    mode: "In memory",
    explanation: "No Redis is configured: this process counts requests itself. Right for a single process; with several, each would count on its own.",
  },
};

export const limiterState = (state: LimiterState) => limiterStates[state];

/** Event-loop delay (p99) above which requests visibly wait: amber from 100 ms, red from 500 ms. */
export const eventLoopDelayThresholds = { warnAt: 100, dangerAt: 500 } as const;
/** Share of time the loop was busy above which the process is close to saturated. */
export const eventLoopBusyWarnAt = 0.9;

/** How responsive the process is: red or amber when the event loop lags or is nearly always busy. */
export function eventLoopStatus(loop: EventLoop): StatusView & { reason: string } {
  const p99 = loop.delayP99Ms;
  const tone: StatusView["tone"] =
    p99 !== null && p99 >= eventLoopDelayThresholds.dangerAt
      ? "danger"
      : (p99 !== null && p99 >= eventLoopDelayThresholds.warnAt) || loop.utilization >= eventLoopBusyWarnAt
        ? "warning"
        : "success";
  const delay = p99 === null ? "Event-loop delay not measured yet" : `Event-loop delay p99 ${formatMs(p99)}`;
  const word = tone === "success" ? "Responsive" : tone === "warning" ? "Slow" : "Blocked";
  return { tone, word, reason: `${delay}; busy ${formatPercent(loop.utilization)} of the last ${Math.round(loop.windowSeconds)} s.` };
}
