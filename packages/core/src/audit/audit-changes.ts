import type { Prisma } from "@slotted/db";

/** An audit row's `changes` as an object: it is always written as one, so anything else reads as "nothing recorded". */
export function auditChanges(value: Prisma.JsonValue): Prisma.JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
