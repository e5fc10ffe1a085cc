export { createAppMetrics, type AppMetrics, type AppMetricsOptions, type CallSample, type HttpSample } from "./app-metrics.ts";
export { resolveBuildInfo, type BuildInfo } from "./build-info.ts";
export { instrumentServices } from "./instrument-services.ts";
export type { EventLoopStats } from "./event-loop-monitor.ts";
export type { TrafficWindow, TrafficSeries, SeriesPoint } from "./minute-ring.ts";
export type { TrafficPoint } from "./traffic-stats.ts";
export type { QueryShapeStat } from "./query-shape-log.ts";
export { queryShape } from "./query-shape.ts";
