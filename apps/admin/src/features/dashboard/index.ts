export { DashboardPage } from "./dashboard-page.tsx";
// Shared with the other live pages (System): the 30 s refresh that pauses in a hidden tab.
export { liveQueryOptions, liveRefreshMs, liveStatus, type LiveQuery, type LiveStatus } from "./live-query.ts";
export { formatClockTime, LiveRefresh } from "./live-refresh.tsx";
