import type { Booking, Prisma } from "@slotted/db";
import { bookingDate, partySizeLimits, type AdminListBookingsInput } from "@slotted/validators";
import { z } from "zod";
import { dateColumn, dateOfColumn } from "../venue-clock.ts";

type SortOrder = AdminListBookingsInput["order"];
type SortName = AdminListBookingsInput["sort"];

/** The columns of each sort, in order; each list ends in a unique one, so the order is total. */
const sortColumns = {
  date: ["date", "startMinute", "id"],
  createdAt: ["createdAt", "id"],
  reference: ["reference"],
  partySize: ["partySize", "date", "startMinute", "id"],
} as const satisfies Record<SortName, readonly KeyColumn[]>;

type KeyColumn = "date" | "startMinute" | "id" | "createdAt" | "reference" | "partySize";
/** One column's value in a cursor: dates as `YYYY-MM-DD`, timestamps as ISO strings. */
export type KeyValue = string | number;

const keyValueSchema: Record<KeyColumn, z.ZodType<KeyValue>> = {
  date: bookingDate,
  createdAt: z.iso.datetime(),
  id: z.uuid(),
  reference: z.string().max(32),
  startMinute: z.number().int().min(0).max(1439),
  partySize: z.number().int().min(partySizeLimits.min).max(partySizeLimits.max),
};

export function orderByFor(sort: SortName, order: SortOrder): Prisma.BookingOrderByWithRelationInput[] {
  return sortColumns[sort].map((column) => ({ [column]: order }));
}

export function sortKeyOf(sort: SortName, row: Booking): KeyValue[] {
  return sortColumns[sort].map((column): KeyValue => {
    switch (column) {
      case "date":
        return dateOfColumn(row.date);
      case "createdAt":
        return row.createdAt.toISOString();
      default:
        return row[column];
    }
  });
}

/** Null unless `values` is a well-formed key for `sort`. */
export function parseSortKey(sort: SortName, values: unknown): KeyValue[] | null {
  const columns = sortColumns[sort];
  if (!Array.isArray(values) || values.length !== columns.length) return null;
  const parsed = columns.map((column, i) => keyValueSchema[column].safeParse(values[i]));
  return parsed.every((result) => result.success) ? parsed.map((result) => result.data) : null;
}

type Comparison = "equals" | "gt" | "lt" | "gte" | "lte";

function compare(column: KeyColumn, comparison: Comparison, value: KeyValue): Prisma.BookingWhereInput {
  switch (column) {
    case "date":
      return { date: { [comparison]: dateColumn(String(value)) } };
    case "createdAt":
      return { createdAt: { [comparison]: new Date(String(value)) } };
    case "startMinute":
    case "partySize":
      return { [column]: { [comparison]: Number(value) } };
    case "id":
    case "reference":
      return { [column]: { [comparison]: String(value) } };
  }
}

/**
 * Rows strictly after `key` in the sort: (a, b, c) > (A, B, C) spelled out column by column, plus
 * `a >= A` on its own so PostgreSQL starts the index scan at the key instead of at the beginning.
 */
export function afterSortKey(sort: SortName, order: SortOrder, key: KeyValue[]): Prisma.BookingWhereInput {
  const columns = sortColumns[sort];
  const beyond = order === "asc" ? "gt" : "lt";
  const from = order === "asc" ? "gte" : "lte";
  const branches = columns.map((column, i) => ({
    AND: [...columns.slice(0, i).map((earlier, j) => compare(earlier, "equals", key[j] as KeyValue)), compare(column, beyond, key[i] as KeyValue)],
  }));
  return { AND: [compare(columns[0], from, key[0] as KeyValue), { OR: branches }] };
}
