import type { TestServer } from "../helpers/test-server.ts";

export interface QueuedJob {
  id: string;
  name: string;
  state: string;
  data: Record<string, unknown>;
  start_after: Date;
}

/** Rows of pg-boss's job table for one queue whose payload names `bookingId` (or every row of the queue). */
export function queuedJobs(server: TestServer, name: string, bookingId?: string): Promise<QueuedJob[]> {
  const prisma = server.services.db.prisma;
  return bookingId
    ? prisma.$queryRawUnsafe<QueuedJob[]>(
        `SELECT id::text, name, state::text, data, start_after FROM pgboss.job WHERE name = $1 AND data->>'bookingId' = $2 ORDER BY created_on`,
        name,
        bookingId,
      )
    : prisma.$queryRawUnsafe<QueuedJob[]>(`SELECT id::text, name, state::text, data, start_after FROM pgboss.job WHERE name = $1 ORDER BY created_on`, name);
}
