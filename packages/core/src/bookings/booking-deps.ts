import type { Config } from "@slotted/config";
import type { KeyValueStore, PrismaClient } from "@slotted/db";
import type { JobQueue } from "@slotted/jobs";
import type { Logger } from "@slotted/logger";

/** What booking domain functions need; a procedure's `ctx` satisfies it as it is. */
export interface BookingDeps {
  prisma: PrismaClient;
  services: { config: Config; kv: KeyValueStore; jobs: JobQueue };
  log: Logger;
  /** Goes into the audit entries of the changes this call makes. */
  requestId: string;
  /** Aborted when the request is answered 504 or the client leaves: no new transaction starts then. */
  signal?: AbortSignal;
}

/** Who is acting, for ownership checks and the audit log. */
export interface BookingActor {
  id: string;
  name: string;
  email: string;
}

export interface StaffAction {
  actorId: string;
  requestId: string;
}
