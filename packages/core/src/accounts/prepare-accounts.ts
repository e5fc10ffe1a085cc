import { deleteExpiredSessions, warmPasswordDecoy } from "@slotted/auth";
import type { AppServices } from "../services.ts";
import { ensureBootstrapAdmin } from "./bootstrap-admin.ts";
import { seedFirstStart } from "../seed/first-start-seed.ts";
import { ensureDemoAccounts, type DemoCredential } from "./demo-accounts.ts";

/**
 * Start-up account work, before the server listens: the bootstrap admin (when configured), the
 * login decoy hash, removal of sessions that expired unused (validation deletes the ones that are
 * presented), and demo accounts on an empty embedded database, which that first start also seeds
 * with sample bookings. Returns demo credentials for the caller to print once, or null.
 */
export async function prepareAccounts(services: Pick<AppServices, "config" | "db" | "logger" | "kv">): Promise<DemoCredential[] | null> {
  await ensureBootstrapAdmin(services);
  await warmPasswordDecoy();
  const expired = await deleteExpiredSessions(services.db.prisma);
  if (expired > 0) services.logger.info({ sessions: expired }, "removed expired sessions");
  const demo = await ensureDemoAccounts(services);
  if (demo) await seedFirstStart(services);
  return demo;
}
