import type { RouterOutputs } from "@slotted/client";
import { Button, cn, EmptyState, Meter, Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@slotted/ui";
import { useId, useState } from "react";
import { databaseModes } from "./check-status.ts";
import { formatCount } from "./system-format.ts";

export type DatabaseMetrics = RouterOutputs["metrics"]["database"];

const ms = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** The connection pool as gauges against its maximum, and the slowest query shapes this process has run. */
export function DatabasePanel({ metrics }: { metrics: DatabaseMetrics }) {
  return (
    <div className="flex flex-col gap-4">
      <PoolGauges metrics={metrics} />
      <SlowQueries metrics={metrics} />
    </div>
  );
}

function PoolGauges({ metrics }: { metrics: DatabaseMetrics }) {
  const { pool, mode } = metrics;
  const connections = (value: number) => `${value} of ${pool.max}`;
  return (
    <div className="flex flex-col gap-4 rounded-card border border-border bg-surface p-4 shadow-sm sm:p-5">
      <div className="flex flex-col gap-1">
        <h3 className="text-lg font-semibold">Connection pool</h3>
        <p className="text-sm text-muted-foreground">
          {mode === "pglite"
            ? "PGlite runs inside this process on a single connection: there is no pool to tune."
            : `${databaseModes[mode]}, up to ${pool.max} connections from this process; ${pool.total} open now.`}
        </p>
      </div>
      <div className="grid gap-5 md:grid-cols-3">
        <Meter
          label="In use"
          value={pool.active}
          max={pool.max}
          valueText={connections(pool.active)}
          warnAt={Math.ceil(pool.max * 0.7)}
          dangerAt={Math.ceil(pool.max * 0.9)}
          statusText={{ warning: "Busy", danger: "Near the limit" }}
          description="Connections running a query."
        />
        <Meter label="Idle" value={pool.idle} max={pool.max} valueText={connections(pool.idle)} tone="neutral" description="Open and ready." />
        <Meter
          label="Waiting"
          value={pool.waiting}
          max={pool.max}
          valueText={pool.waiting === 1 ? "1 request" : `${pool.waiting} requests`}
          warnAt={1}
          dangerAt={pool.max}
          statusText={{ warning: "Queueing", danger: "Pool exhausted" }}
          description="Queries queued for a free connection; any wait adds to response times."
        />
      </div>
    </div>
  );
}

function SlowQueries({ metrics }: { metrics: DatabaseMetrics }) {
  const { slowestQueries, trackedShapes } = metrics;
  if (slowestQueries.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="No queries recorded yet"
        description="The slowest query shapes appear here once this process has run some queries."
      />
    );
  }
  return (
    <Table scrollLabel="Slowest query shapes" containerClassName="shadow-sm">
      <TableCaption>
        The slowest query shapes this process has run, slowest single run first, out of {formatCount(trackedShapes)} tracked. Every value
        is replaced by ?, so no data shows here.
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="w-full">Query shape</TableHead>
          <TableHead className="text-right">Runs</TableHead>
          <TableHead className="text-right">Slowest</TableHead>
          <TableHead className="text-right">Average</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {slowestQueries.map((query) => (
          <TableRow key={query.shape}>
            <TableCell className="min-w-48 align-top sm:min-w-64">
              <QueryShape shape={query.shape} />
            </TableCell>
            <TableCell className="text-right align-top tabular-nums">{formatCount(query.count)}</TableCell>
            <TableCell className="text-right align-top whitespace-nowrap tabular-nums">{ms.format(query.maxMs)} ms</TableCell>
            <TableCell className="text-right align-top whitespace-nowrap tabular-nums">{ms.format(query.avgMs)} ms</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Long shapes (a bulk insert's hundreds of placeholders) show three lines until opened. */
const longShape = 320;

function QueryShape({ shape }: { shape: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const long = shape.length > longShape;
  return (
    <div className="flex flex-col items-start gap-1">
      <code id={id} className={cn("font-mono text-xs break-all whitespace-pre-wrap", long && !open && "line-clamp-3")}>
        {shape}
      </code>
      {long ? (
        <Button type="button" variant="link" size="sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? "Show less" : "Show the whole query"}
        </Button>
      ) : null}
    </div>
  );
}
