import type { Config } from "@slotted/config";
import type { Database, TransactionClient } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import PgBoss from "pg-boss";
import { deadLetterQueue, jobNames, type JobData, type JobName } from "./job-definitions.ts";
import { transactionConnection } from "./transaction-connection.ts";

export interface JobCount {
  queue: string;
  state: string;
  count: number;
}

export interface EnqueueOptions {
  /** Not before this instant (pg-boss's delayed start): reminders. */
  startAfter?: Date;
}

export interface JobQueue {
  /** pg-boss itself, for the worker and for tests. */
  readonly boss: PgBoss;
  /** Whether this process also runs maintenance and cron (false in an API with WORKER_MODE=separate). */
  readonly supervises: boolean;
  /** Inserts the job inside `tx`: it exists exactly when the transaction commits. Returns its ID. */
  enqueue<N extends JobName>(tx: TransactionClient, name: N, data: JobData<N>, options?: EnqueueOptions): Promise<string>;
  /** Creates or migrates pg-boss's schema and the queues; enqueueing needs it done. */
  start(): Promise<void>;
  /** Jobs not yet done, and failed ones, per queue and state (for metrics). */
  counts(): Promise<JobCount[]>;
  /** Stops workers (finishing or releasing their jobs within `timeoutMs`) and maintenance. */
  stop(timeoutMs: number): Promise<void>;
}

export interface CreateJobQueueOptions {
  database: Database;
  config: Config;
  logger: Logger;
  /** Maintenance (expiring lost jobs, archiving) and cron; on where workers run. */
  supervise: boolean;
}

/** pg-boss on the app's own database: its own small pool on PostgreSQL, the shared connection on PGlite. */
function connectionOptions(database: Database): PgBoss.DatabaseOptions {
  const connection = database.jobConnection;
  if (connection.kind === "postgres") return { connectionString: connection.url, max: 3, application_name: "slotted-jobs" };
  return { db: { executeSql: (text, values) => connection.executeSql(text, values) } };
}

/**
 * The job queue: pg-boss in the `pgboss` schema of the bookings database. Retries back off
 * exponentially; a job that fails its last try moves to the `failed-jobs` queue, where it stays
 * for an operator. A job still active after JOB_TIMEOUT_SECONDS (its worker died) is retried.
 */
export function createJobQueue(options: CreateJobQueueOptions): JobQueue {
  const { database, config, logger, supervise } = options;
  const jobs = config.jobs;
  const boss = new PgBoss({
    ...connectionOptions(database),
    schema: "pgboss",
    supervise,
    schedule: supervise,
    // Lost jobs are found by maintenance: check often enough that a timeout is noticed promptly.
    maintenanceIntervalSeconds: Math.min(60, Math.max(1, Math.floor(jobs.timeoutSeconds / 2))),
    // Queue size and state counts are not used; their monitor would only add queries.
    monitorStateIntervalSeconds: 3_600,
  });
  // A failed poll or maintenance run is retried by pg-boss; it must never crash the process.
  boss.on("error", (error: unknown) => logger.warn({ err: error, component: "jobs" }, "job queue error"));
  const queueDefaults = {
    retryLimit: jobs.retryLimit,
    retryDelay: jobs.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: jobs.timeoutSeconds,
    retentionMinutes: 14 * 24 * 60,
  };
  let started: Promise<void> | undefined;

  return {
    boss,
    supervises: supervise,
    async enqueue(tx, name, data, enqueueOptions = {}) {
      const id = await boss.send(name, data, {
        db: transactionConnection(tx),
        ...(enqueueOptions.startAfter ? { startAfter: enqueueOptions.startAfter } : {}),
      });
      // pg-boss answers null only for a throttled or singleton send, which no queue here uses.
      if (id === null) throw new Error(`job queue refused a ${name} job`);
      return id;
    },
    start() {
      started ??= (async () => {
        await boss.start();
        // Creating is a no-op for a queue that exists (two processes may start together);
        // the update then applies the current retry and timeout settings to it.
        const deadLetter = { name: deadLetterQueue, retentionMinutes: 30 * 24 * 60 };
        await boss.createQueue(deadLetterQueue, deadLetter);
        for (const name of jobNames) {
          const queue = { name, ...queueDefaults, deadLetter: deadLetterQueue };
          await boss.createQueue(name, queue);
          await boss.updateQueue(name, queue);
        }
      })();
      return started;
    },
    async counts() {
      const rows = await database.prisma.$queryRawUnsafe<{ queue: string; state: string; count: bigint }[]>(
        `SELECT name AS queue, state::text AS state, count(*) AS count FROM pgboss.job
         WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
      );
      return rows.map((row) => ({ queue: row.queue, state: row.state, count: Number(row.count) }));
    },
    async stop(timeoutMs) {
      if (!started) return;
      await started.catch(() => undefined);
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}
