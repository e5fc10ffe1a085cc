import type { Prisma, PrismaClient } from "@slotted/db";
import type { AuditEntry, ListAuditInput, Paginated } from "@slotted/validators";
import { auditChanges } from "../../audit/audit-changes.ts";
import { paginate } from "../../pagination.ts";

/** audit.list: newest first by default, filterable by actor, action and target. */
export function listAuditEntries(prisma: PrismaClient, input: ListAuditInput): Promise<Paginated<AuditEntry>> {
  const where: Prisma.AuditLogWhereInput = {
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.targetType ? { targetType: input.targetType } : {}),
    ...(input.targetId ? { targetId: input.targetId } : {}),
  };
  return paginate(input, {
    count: () => prisma.auditLog.count({ where }),
    findPage: async ({ skip, take }) => {
      const rows = await prisma.auditLog.findMany({
        where,
        orderBy: [{ createdAt: input.sortOrder }, { id: input.sortOrder }],
        skip,
        take,
        include: { actor: { select: { id: true, email: true, name: true } } },
      });
      return rows.map(({ actorId: _actorId, changes, ...entry }) => ({ ...entry, changes: auditChanges(changes) }));
    },
  });
}
