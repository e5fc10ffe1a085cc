import { ErrorNotice } from "@slotted/app-shell";
import {
  Skeleton,
  StatCard,
  StatList,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@slotted/ui";
import type { UseQueryResult } from "@tanstack/react-query";
import { lazy, Suspense, useId } from "react";
import {
  formatMinute,
  summariseMetric,
  trafficMetric,
  trafficMetrics,
  type TrafficMetric,
  type TrafficMinute,
  type TrafficSummary,
} from "./traffic-metrics.ts";

// recharts is about 110 kB gzip: fetched after the page shows, in its own chunk, behind a skeleton.
const TrafficChart = lazy(() => import("./traffic-chart.tsx"));

const count = new Intl.NumberFormat();

/** The last hour of this server's traffic: totals, four charts with their figures in words, and every minute in a table. */
export function TrafficSection({ query }: { query: UseQueryResult<TrafficSummary, unknown> }) {
  const headingId = useId();
  const { data, error } = query;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-xl font-semibold">
          Traffic, last 60 minutes
        </h2>
        {data ? (
          <p className="text-sm text-muted-foreground">
            As seen by the server that answered: <span className="font-mono break-all">{data.instance.hostname}</span>, process{" "}
            {data.instance.pid}. Each server counts its own requests.
          </p>
        ) : null}
      </div>
      {error ? <ErrorNotice error={error} title="We couldn't load the traffic figures" onRetry={() => void query.refetch()} /> : null}
      {data ? (
        <>
          <TrafficTotals totals={data.overall.totals} />
          <div className="grid gap-4 md:grid-cols-2">
            {trafficMetrics.map((metric) => (
              <TrafficFigure key={metric.key} metric={metric} series={data.overall.series} />
            ))}
          </div>
          <TrafficTable series={data.overall.series} />
        </>
      ) : error ? null : (
        <TrafficSkeleton />
      )}
    </section>
  );
}

function TrafficTotals({ totals }: { totals: TrafficSummary["overall"]["totals"] }) {
  return (
    <StatList aria-label="Traffic totals, last 60 minutes">
      <StatCard label="Requests" value={count.format(totals.requests)} detail={trafficMetric.requestsPerSecond.format(totals.requestsPerSecond)} />
      <StatCard label="Server errors (5xx)" value={count.format(totals.errors)} detail={`${trafficMetric.errorRate.format(totals.errorRate)} of requests`} />
      <StatCard label="Rate-limited (429)" value={count.format(totals.rateLimited)} detail={`${count.format(totals.clientErrors)} other 4xx`} />
      <StatCard
        label="Latency, p95"
        value={totals.p95Ms === null ? "—" : trafficMetric.p95Ms.format(totals.p95Ms)}
        detail={totals.p50Ms === null ? "No requests yet" : `median ${trafficMetric.p95Ms.format(totals.p50Ms)}`}
      />
    </StatList>
  );
}

function TrafficFigure({ metric, series }: { metric: TrafficMetric; series: readonly TrafficMinute[] }) {
  const id = useId();
  const { latest, peak } = summariseMetric(series, metric.key);
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      className="flex min-w-0 flex-col gap-3 rounded-card border border-border bg-surface p-4 shadow-sm"
    >
      <figcaption className="flex flex-col gap-1">
        <h3 id={`${id}-title`} className="font-semibold">
          {metric.title}
        </h3>
        <div id={`${id}-summary`} className="text-sm text-muted-foreground">
          {latest && peak && peak.value > 0 ? (
            <>
              <p>
                <span className="text-lg font-semibold text-foreground tabular-nums">{metric.format(latest.value)}</span> latest (
                {formatMinute(latest.minute)})
              </p>
              <p>
                Peak {metric.format(peak.value)} at {formatMinute(peak.minute)}
              </p>
            </>
          ) : (
            <p>{metric.whenZero}</p>
          )}
        </div>
      </figcaption>
      <Suspense fallback={<Skeleton className="h-40 w-full" />}>
        <TrafficChart metric={metric} series={series} />
      </Suspense>
    </figure>
  );
}

/** Every minute's figures, newest first: the charts' data for screen readers and for anyone who wants exact numbers. */
function TrafficTable({ series }: { series: readonly TrafficMinute[] }) {
  const newestFirst = [...series].reverse();
  const value = (metric: TrafficMetric, point: TrafficMinute) => {
    const raw = point[metric.key];
    return raw === null ? "—" : metric.format(raw);
  };
  return (
    <details className="group rounded-card border border-border bg-surface">
      <summary className="cursor-pointer rounded-card px-4 py-3 text-sm font-medium">Show every minute as a table</summary>
      <Table scrollLabel="Traffic per minute" containerClassName="rounded-none border-0 border-t">
        <TableCaption>Traffic per minute, newest first. A dash means no requests that minute.</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Minute</TableHead>
            <TableHead className="text-right">Requests</TableHead>
            {trafficMetrics.map((metric) => (
              <TableHead key={metric.key} className="text-right">
                {metric.title}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {newestFirst.map((point) => (
            <TableRow key={point.minute}>
              <TableCell>{formatMinute(point.minute)}</TableCell>
              <TableCell className="text-right tabular-nums">{count.format(point.requests)}</TableCell>
              {trafficMetrics.map((metric) => (
                <TableCell key={metric.key} className="text-right tabular-nums">
                  {value(metric, point)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}

function TrafficSkeleton() {
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="sr-only">
        Loading the traffic figures
      </p>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] gap-3">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-24 rounded-card" />
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-60 rounded-card" />
        ))}
      </div>
    </div>
  );
}
