import { warmPasswordDecoy } from "@slotted/auth";
import { sweepExpired } from "@slotted/jobs";
import type { AppServices } from "../services.ts";
import { ensureBootstrapAdmin } from "./bootstrap-admin.ts";
import { seedFirstStart } from "../seed/first-start-seed.ts";
import { ensureDemoAccounts, type DemoCredential } from "./demo-accounts.ts";

/**
 * Start-up account work, before the server listens: the bootstrap admin (when configured), the
 * login decoy hash, removal of sessions, idempotency keys and account tokens that expired unused
 * (validation deletes the sessions that are presented), and demo accounts on an empty embedded database, which that first start also seeds
 * with sample bookings. Returns demo credentials for the caller to print once, or null.
 */
export async function prepareAccounts(services: Pick<AppServices, "config" | "db" | "logger" | "kv">): Promise<DemoCredential[] | null> {
  await ensureBootstrapAdmin(services);
  await warmPasswordDecoy();
  // The same sweep the job queue runs every 10 minutes, so a long-stopped server starts clean.
  const expired = await sweepExpired(services.db.prisma);
  if (expired.sessions + expired.idempotencyKeys + expired.accountTokens > 0) services.logger.info(expired, "removed expired sessions, idempotency keys and account tokens");
  const demo = await ensureDemoAccounts(services);
  if (demo) await seedFirstStart(services);
  return demo;
}
