/** How often a live page refreshes itself while someone is looking at it. */
export const liveRefreshMs = 30_000;

/**
 * Spread into `useQuery` options for a page that keeps itself current: a refetch every 30 s, but
 * only while the tab is visible (React Query's focus manager follows `document.visibilityState`),
 * so a console left open in a background tab costs the server nothing. Coming back to the tab
 * refetches at once when the data is stale (the client's `refetchOnWindowFocus`).
 */
export const liveQueryOptions = {
  refetchInterval: liveRefreshMs,
  refetchIntervalInBackground: false,
} as const;

/** What a live page's refresh bar needs to know of each of its queries. */
export interface LiveQuery {
  /** 0 until the first success (React Query's convention). */
  dataUpdatedAt: number;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

export interface LiveStatus {
  /** The oldest successful fetch among the queries; undefined while none has data. */
  updatedAt: number | undefined;
  refreshing: boolean;
  refresh: () => void;
}

/**
 * A page's freshness as one fact: its oldest successful fetch (so "Updated" never overstates),
 * whether any query is fetching, and one action that refetches them all (failed ones included).
 */
export function liveStatus(queries: readonly LiveQuery[]): LiveStatus {
  const fetched = queries.map((query) => query.dataUpdatedAt).filter((at) => at > 0);
  return {
    updatedAt: fetched.length > 0 ? Math.min(...fetched) : undefined,
    refreshing: queries.some((query) => query.isFetching),
    refresh: () => {
      for (const query of queries) void query.refetch();
    },
  };
}
