import type { RouterOutputs } from "@slotted/client";

type DashboardStats = RouterOutputs["users"]["stats"];
type TrafficSummary = RouterOutputs["metrics"]["summary"];
type TrafficPoint = TrafficSummary["overall"]["totals"];

/** users.stats as a busy Friday might answer it. */
export function testDashboardStats(): DashboardStats {
  return {
    users: {
      total: 1_284,
      active: 1_247,
      inactive: 37,
      byRole: { CUSTOMER: 1_266, STAFF: 15, ADMIN: 3 },
      newToday: 9,
      newThisWeek: 58,
    },
    bookings: {
      today: 46,
      upcoming: 213,
      byStatus: { PENDING: 12, CONFIRMED: 201, SEATED: 8, COMPLETED: 3_904, CANCELLED: 311, NO_SHOW: 27 },
      coversToday: 158,
    },
    feedback: { averageRating: 4.3, count: 27, days: 30 },
    generatedAt: new Date("2026-03-13T18:00:00Z"),
  };
}

/** The window's first minute: 60 one-minute points follow from here. */
export const trafficWindowStart = Date.UTC(2026, 2, 13, 17, 0);
export const trafficMinute = (index: number) => new Date(trafficWindowStart + index * 60_000).toISOString();

function point(requests: number, errors: number, rateLimited: number, p95Ms: number | null): TrafficPoint {
  return {
    requests,
    requestsPerSecond: requests / 60,
    errors,
    clientErrors: Math.floor(requests / 40),
    rateLimited,
    errorRate: requests > 0 ? errors / requests : 0,
    p50Ms: p95Ms === null ? null : Math.round(p95Ms / 3),
    p95Ms,
    p99Ms: p95Ms === null ? null : p95Ms * 2,
  };
}

/**
 * metrics.summary with a steady 2 req/s and one event per figure: a burst to 5 req/s with 2 %
 * server errors at minute 45, a slow minute (p95 640 ms) at 30, seven 429s at 50, and a quiet
 * last minute (1.5 req/s, p95 95 ms, no errors).
 */
export function testTrafficSummary(): TrafficSummary {
  const series = Array.from({ length: 60 }, (_, index) => {
    const figures =
      index === 45
        ? point(300, 6, 0, 180)
        : index === 30
          ? point(120, 0, 0, 640)
          : index === 50
            ? point(120, 0, 7, 90)
            : index === 59
              ? point(90, 0, 0, 95)
              : point(120, 0, 0, 80);
    return { ...figures, minute: trafficMinute(index) };
  });
  const requests = series.reduce((sum, minute) => sum + minute.requests, 0);
  const errors = series.reduce((sum, minute) => sum + minute.errors, 0);
  const totals: TrafficPoint = {
    requests,
    requestsPerSecond: requests / 3_600,
    errors,
    clientErrors: series.reduce((sum, minute) => sum + minute.clientErrors, 0),
    rateLimited: series.reduce((sum, minute) => sum + minute.rateLimited, 0),
    errorRate: errors / requests,
    p50Ms: 27,
    p95Ms: 84,
    p99Ms: 190,
  };
  return {
    windowMinutes: 60,
    resolutionSeconds: 60,
    from: trafficMinute(0),
    to: trafficMinute(60),
    instance: { hostname: "api-7f9c", pid: 4242, startedAt: "2026-03-13T06:00:00.000Z" },
    overall: { totals, series },
    procedures: [{ path: "bookings.availability", totals, series }],
  };
}
