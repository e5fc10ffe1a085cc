import { z } from "zod";
import { paginationInput, sortOrder } from "./pagination.ts";
import { plainText } from "./text.ts";
import { userId } from "./users.ts";

const identifier = (max: number) =>
  plainText()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` });

export const listAuditInput = paginationInput
  .extend({
    actorId: userId.optional(),
    action: identifier(64).optional(),
    targetType: identifier(64).optional(),
    targetId: identifier(100).optional(),
    sortOrder: sortOrder.default("desc"),
  })
  .strict();
export type ListAuditInput = z.infer<typeof listAuditInput>;

export const auditEntry = z.object({
  id: z.uuid(),
  actor: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
