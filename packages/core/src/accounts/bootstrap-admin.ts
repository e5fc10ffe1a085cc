import { hashPassword } from "@slotted/auth";
import { isUniqueViolation, withTransaction } from "@slotted/db";
import { passwordPolicyProblem } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { invalidateDashboardStats } from "../routers/users/dashboard-stats.ts";
import type { AppServices } from "../services.ts";

export type BootstrapOutcome = "created" | "exists" | "not_configured";

/**
 * Creates the ADMIN named by ADMIN_EMAIL/ADMIN_PASSWORD when no account has that email. Never
 * touches an existing account (its password or role), so restarts are harmless.
 */
export async function ensureBootstrapAdmin(services: Pick<AppServices, "config" | "db" | "logger" | "kv">): Promise<BootstrapOutcome> {
  const admin = services.config.auth.bootstrapAdmin;
  if (!admin) return "not_configured";
  const { prisma } = services.db;
  if (await prisma.user.findUnique({ where: { email: admin.email }, select: { id: true } })) return "exists";

  const problem = passwordPolicyProblem(admin.password, admin.email);
  if (problem) throw new Error(`ADMIN_PASSWORD ${problem}`);
  const passwordHash = await hashPassword(admin.password);
  try {
    await withTransaction(prisma, async (tx) => {
      const user = await tx.user.create({
        data: { email: admin.email, name: "Administrator", passwordHash, role: "ADMIN" },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "user.bootstrap_admin_created",
        targetType: "user",
        targetId: user.id,
        requestId: null,
        changes: { role: "ADMIN", source: "ADMIN_EMAIL" },
      });
    });
  } catch (error) {
    // Another instance starting at the same moment created it first.
    if (isUniqueViolation(error)) return "exists";
    throw error;
  }
  await invalidateDashboardStats({ services, log: services.logger });
  services.logger.info("created the bootstrap admin account from ADMIN_EMAIL");
  return "created";
}
