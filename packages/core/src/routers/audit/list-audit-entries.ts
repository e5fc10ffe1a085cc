import type { Prisma, PrismaClient } from "@slotted/db";
import type { AuditEntry, ListAuditInput, Paginated } from "@slotted/validators";
import { paginate } from "../../pagination.ts";

const isJsonObject = (value: Prisma.JsonValue): value is Prisma.JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
      return rows.map(({ actorId: _actorId, changes, ...entry }) => ({ ...entry, changes: isJsonObject(changes) ? changes : {} }));
    },
  });
}
