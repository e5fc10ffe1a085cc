// 6. The job queue: what enqueueing inside a booking's transaction costs, and how many jobs per
// second one worker process completes. In process, on the bench's PostgreSQL database when
// DATABASE_URL is set, else on an in-memory PGlite: the queue itself, not HTTP, is measured.
import { buildConfig } from "@slotted/config";
import { createDatabase, withTransaction, type Database } from "@slotted/db";
import { createJobQueue, startJobWorker } from "@slotted/jobs";
import { createLogger } from "@slotted/logger";
import { createMailer } from "@slotted/mail";
import { fmtMs, type Row, type ScenarioResult } from "../report.ts";
import { percentile, round1 } from "../stats.ts";
import type { ScenarioContext } from "./context.ts";

const transactions = 400;
const jobCount = 2_000;
const someUser = "6f0b1d2c-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

async function timeTransactions(db: Database, work: Parameters<typeof withTransaction>[1]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < transactions; i += 1) {
    const started = performance.now();
    await withTransaction(db.prisma, work);
    times.push(performance.now() - started);
  }
  return times;
}

export async function jobQueue(ctx: ScenarioContext): Promise<ScenarioResult> {
  const logger = createLogger({ level: "silent" });
  const config = buildConfig({ DATABASE_URL: ctx.benchDatabaseUrl, MAIL_DISABLED: "true" });
  const db = await createDatabase(config.database, { logger, migrate: true, inMemory: !ctx.benchDatabaseUrl });
  const queue = createJobQueue({ database: db, config, logger, supervise: false });
  try {
    await queue.start();
    await db.prisma.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'verification-mail'`);
    // The same one-statement transaction, without and with a job inserted by it.
    const bare = await timeTransactions(db, (tx) => tx.$executeRaw`SELECT 1`);
    const withJob = await timeTransactions(db, async (tx) => {
      await tx.$executeRaw`SELECT 1`;
      await queue.enqueue(tx, "verification-mail", { userId: someUser });
    });
    ctx.progress(`  transaction p50 ${round1(percentile(bare, 50))} ms bare, ${round1(percentile(withJob, 50))} ms with a job`);

    await queue.boss.insert(Array.from({ length: jobCount - transactions }, () => ({ name: "verification-mail", data: { userId: someUser } })));
    // The production worker and handler, for an account that does not exist: each job is one
    // lookup, then done. What is left is the queue's own fetch and complete round trips.
    const started = performance.now();
    const mailer = createMailer({ mail: config.mail, prisma: db.prisma, logger });
    const worker = await startJobWorker({ queue, prisma: db.prisma, mailer, config, logger });
    const pending = async () =>
      (await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'verification-mail' AND state < 'completed'`))[0]?.n ?? 0n;
    while ((await pending()) > 0n) await new Promise((resolve) => setTimeout(resolve, 50));
    await worker.stop(1_000);
    const seconds = (performance.now() - started) / 1000;
    const perSecond = Math.round(jobCount / seconds);
    ctx.progress(`  ${jobCount} jobs in ${round1(seconds)} s: ${perSecond} jobs/s`);

    const rows: Row[] = [
      { measure: `transaction, p50 / p95 (${transactions} runs)`, slotted: `${fmtMs(percentile(withJob, 50))} / ${fmtMs(percentile(withJob, 95))}`, reference: `${fmtMs(percentile(bare, 50))} / ${fmtMs(percentile(bare, 95))} without the job` },
      { measure: "enqueue cost inside the transaction, p50", slotted: fmtMs(percentile(withJob, 50) - percentile(bare, 50)) },
      { measure: `jobs completed per second, one worker (WORKER_CONCURRENCY ${config.jobs.concurrency}), a lookup each`, slotted: `${perSecond}/s` },
    ];
    return { name: "job queue", status: "ok", rows, detail: { bareMs: bare.map(round1), withJobMs: withJob.map(round1), jobsPerSecond: [perSecond] } };
  } finally {
    await queue.stop(1_000);
    await db.prisma.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'verification-mail'`).catch(() => undefined);
    await db.close();
  }
}
