import { warmPasswordDecoy } from "@slotted/auth";
import type { AppServices } from "../services.ts";
import { ensureBootstrapAdmin } from "./bootstrap-admin.ts";
import { ensureDemoAccounts, type DemoCredential } from "./demo-accounts.ts";

/**
 * Start-up account work, before the server listens: the bootstrap admin (when configured), the
 * login decoy hash, and demo accounts on an empty embedded database. Returns demo credentials
 * for the caller to print once, or null.
 */
export async function prepareAccounts(services: AppServices): Promise<DemoCredential[] | null> {
  await ensureBootstrapAdmin(services);
  await warmPasswordDecoy();
  return ensureDemoAccounts(services);
}
