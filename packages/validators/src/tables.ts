import { z } from "zod";
import { bookingId, bookingVersion } from "./bookings.ts";
import { jsonBoolean, jsonInteger } from "./json-primitives.ts";
import { plainText, sanitizeText } from "./text.ts";

export const tableSeatLimits = { min: 1, max: 100 } as const;
export const tableNameMaxLength = 40;
export const tableAreaMaxLength = 40;

export const tableId = z.uuid({ error: "must be a table ID (UUID)" });

/** One line, whitespace collapsed, markup stripped: "12", "Window 2". Unique whatever its case. */
export const tableName = plainText()
  .transform((value) => sanitizeText(value).replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, { error: "is required" })
      .max(tableNameMaxLength, { error: `must be at most ${tableNameMaxLength} characters` }),
  );

/** Where the table is ("Terrace"); blank means none. */
export const tableArea = plainText()
  .transform((value) => sanitizeText(value).replace(/\s+/g, " "))
  .pipe(z.string().max(tableAreaMaxLength, { error: `must be at most ${tableAreaMaxLength} characters` }))
  .transform((value) => value || null);

export const tableSeats = jsonInteger(tableSeatLimits.min, tableSeatLimits.max);

export const createTableInput = z.strictObject({
  name: tableName,
  seats: tableSeats,
  area: tableArea.nullable().optional(),
  isActive: jsonBoolean.optional(),
});
export type CreateTableInput = z.infer<typeof createTableInput>;

export const updateTableInput = z
  .strictObject({
    id: tableId,
    name: tableName.optional(),
    seats: tableSeats.optional(),
    /** null (or blank) clears the area. */
    area: tableArea.nullable().optional(),
    isActive: jsonBoolean.optional(),
  })
  .refine((value) => value.name !== undefined || value.seats !== undefined || value.area !== undefined || value.isActive !== undefined, {
    error: "change at least one of name, seats, area, isActive",
  });
export type UpdateTableInput = z.infer<typeof updateTableInput>;

/** Seat a booking at a table, or (tableId null) take it off its table. */
export const assignTableInput = z.strictObject({
  id: bookingId,
  tableId: tableId.nullable(),
  version: bookingVersion.optional(),
});
export type AssignTableInput = z.infer<typeof assignTableInput>;

// ---- outputs ------------------------------------------------------------------------------------

export const venueTable = z.object({
  id: z.uuid(),
  name: z.string(),
  seats: z.number().int(),
  area: z.string().nullable(),
  isActive: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type VenueTable = z.infer<typeof venueTable>;

/** Every table, active and inactive, by area then name (numbers in names in numeric order). */
export const venueTableList = z.object({ items: z.array(venueTable) });
export type VenueTableList = z.infer<typeof venueTableList>;
