import type { Booking, Prisma } from "@slotted/db";
import { maxBookingHistoryEntries, type BookingHistory, type BookingHistoryEntry } from "@slotted/validators";
import { auditChanges } from "../audit/audit-changes.ts";
import { notFound } from "../errors/index.ts";
import type { BookingDeps } from "./booking-deps.ts";
import { withCustomer } from "./booking-view.ts";

/** The value `field` had before its first recorded change, when an entry records one. */
function valueBeforeChanges(changes: readonly Prisma.JsonObject[], field: string): Prisma.JsonValue | undefined {
  for (const entry of changes) {
    const change = entry[field];
    if (typeof change === "object" && change !== null && !Array.isArray(change) && "from" in change) return change.from;
  }
  return undefined;
}

/**
 * What the booking was created as, walked back from the row through its recorded changes. Only
 * when every entry was read (the walk needs the first) and it lands on a status bookings are
 * created in: a booking changed before those changes were audited answers `{}`, not a guess.
 */
function createdAs(row: Booking, changes: readonly Prisma.JsonObject[], complete: boolean): Prisma.JsonObject {
  if (!complete) return {};
  const status = valueBeforeChanges(changes, "status") ?? row.status;
  const partySize = valueBeforeChanges(changes, "partySize") ?? row.partySize;
  if ((status !== "PENDING" && status !== "CONFIRMED") || typeof partySize !== "number") return {};
  return { status, partySize };
}

/**
 * A booking's history for staff, oldest first: its creation (from the row: by its customer)
 * followed by its latest audit entries (index: target_type, target_id). 404 for an unknown ID.
 */
export async function readBookingHistory(deps: BookingDeps, id: string): Promise<BookingHistory> {
  const row = await deps.prisma.booking.findUnique({ where: { id }, include: withCustomer });
  if (!row) throw notFound("Booking");
  // One more than shown, to know whether the oldest entry was read.
  const newestFirst = await deps.prisma.auditLog.findMany({
    where: { targetType: "booking", targetId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: maxBookingHistoryEntries + 1,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const complete = newestFirst.length <= maxBookingHistoryEntries;
  const shown = newestFirst
    .slice(0, maxBookingHistoryEntries)
    .reverse()
    .map((entry) => ({ ...entry, changes: auditChanges(entry.changes) }));
  const created: BookingHistoryEntry = {
    id: "created",
    action: "booking.created",
    at: row.createdAt,
    actor: row.customer,
    changes: createdAs(row, shown.map((entry) => entry.changes), complete),
    requestId: null,
  };
  const audited = shown.map(({ id: entryId, action, createdAt, actor, changes, requestId }): BookingHistoryEntry => ({
    id: entryId,
    action,
    at: createdAt,
    actor,
    changes,
    requestId,
  }));
  return { items: [created, ...audited] };
}
