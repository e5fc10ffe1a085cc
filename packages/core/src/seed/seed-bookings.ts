import type { PrismaClient } from "@slotted/db";
import { dateColumn, dateOfColumn } from "../bookings/venue-clock.ts";
import type { SeedBooking } from "./plan-bookings.ts";
import type { OccupiedPlace } from "./seat-ledger.ts";

/** Active bookings already stored between two dates, for the planner's ledger. */
export async function storedPlaces(prisma: PrismaClient, window: { from: string; to: string }): Promise<OccupiedPlace[]> {
  const rows = await prisma.booking.findMany({
    where: { date: { gte: dateColumn(window.from), lte: dateColumn(window.to) }, status: { in: ["PENDING", "CONFIRMED", "SEATED"] } },
    select: { date: true, startMinute: true, durationMinutes: true, partySize: true, customerId: true },
  });
  return rows.map((row) => ({ ...row, date: dateOfColumn(row.date) }));
}

/**
 * Inserts planned bookings in batches, one `INSERT … SELECT FROM unnest(arrays)` each: a column
 * per parameter, so a batch of thousands costs a few parameters rather than tens of thousands
 * (an order of magnitude faster than createMany here). A row whose generated reference already
 * exists is skipped by the database, not failed.
 */
export async function insertBookings(
  prisma: PrismaClient,
  rows: readonly SeedBooking[],
  onProgress: (inserted: number, total: number) => void,
  batchSize = 5_000,
): Promise<number> {
  let inserted = 0;
  for (let offset = 0; offset < rows.length; offset += batchSize) {
    const batch = rows.slice(offset, offset + batchSize);
    const column = <K extends keyof SeedBooking>(key: K): SeedBooking[K][] => batch.map((row) => row[key]);
    inserted += await prisma.$executeRaw`
      INSERT INTO "bookings" ("id", "reference", "customer_id", "date", "start_minute", "duration_minutes", "party_size", "status",
        "contact_name", "contact_email", "contact_phone", "special_requests", "internal_notes", "cancelled_at", "cancel_reason",
        "version", "created_at", "updated_at")
      SELECT gen_random_uuid(), "reference", "customer_id", "date", "start_minute", "duration_minutes", "party_size",
        "status"::"BookingStatus", "contact_name", "contact_email", "contact_phone", "special_requests", "internal_notes",
        "cancelled_at", "cancel_reason", "version", "created_at", "updated_at"
      FROM unnest(
        ${column("reference")}::text[], ${column("customerId")}::uuid[], ${column("date")}::date[], ${column("startMinute")}::int[],
        ${column("durationMinutes")}::int[], ${column("partySize")}::int[], ${column("status")}::text[],
        ${column("contactName")}::text[], ${column("contactEmail")}::text[], ${column("contactPhone")}::text[],
        ${column("specialRequests")}::text[], ${column("internalNotes")}::text[], ${column("cancelledAt")}::timestamptz[],
        ${column("cancelReason")}::text[], ${column("version")}::int[], ${column("createdAt")}::timestamptz[], ${column("updatedAt")}::timestamptz[]
      ) AS "planned" ("reference", "customer_id", "date", "start_minute", "duration_minutes", "party_size", "status",
        "contact_name", "contact_email", "contact_phone", "special_requests", "internal_notes", "cancelled_at", "cancel_reason",
        "version", "created_at", "updated_at")
      ON CONFLICT ("reference") DO NOTHING`;
    onProgress(Math.min(offset + batch.length, rows.length), rows.length);
  }
  return inserted;
}
