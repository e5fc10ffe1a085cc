import type { AdminListBookingsInput } from "@slotted/validators";
import { z } from "zod";
import { invalidBookingInput } from "../invalid-booking-input.ts";
import { parseSortKey, type KeyValue } from "./staff-sort-keys.ts";

/**
 * What a staff list cursor carries: the sort key of the last row served (where the next page
 * starts), how many rows came before the next page (so the answer can still say which page it
 * is), and the sort and filter it was issued for. Base64url JSON: opaque to clients, not secret;
 * a forged one can only start a list the caller may read anyway at another row.
 */
export interface StaffListCursor {
  sort: AdminListBookingsInput["sort"];
  order: AdminListBookingsInput["order"];
  filter: string;
  key: KeyValue[];
  offset: number;
}

const cursorShape = z.strictObject({
  s: z.enum(["date", "createdAt", "reference", "partySize"]),
  o: z.enum(["asc", "desc"]),
  f: z.string().max(32),
  k: z.array(z.union([z.string(), z.number()])).max(4),
  n: z.number().int().min(0),
});

export function encodeStaffListCursor(cursor: StaffListCursor): string {
  const shape: z.infer<typeof cursorShape> = { s: cursor.sort, o: cursor.order, f: cursor.filter, k: cursor.key, n: cursor.offset };
  return Buffer.from(JSON.stringify(shape)).toString("base64url");
}

const refused = () => invalidBookingInput([{ path: "cursor", message: "is not a cursor this list issued; start again from the first page" }]);

/** Refuses (400 on `cursor`) anything this list did not issue for the same sort and filter. */
export function decodeStaffListCursor(text: string, expected: Omit<StaffListCursor, "key" | "offset">): StaffListCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw refused();
  }
  const shape = cursorShape.safeParse(decoded);
  if (!shape.success || shape.data.s !== expected.sort || shape.data.o !== expected.order) throw refused();
  if (shape.data.f !== expected.filter) {
    throw invalidBookingInput([{ path: "cursor", message: "belongs to the list with other filters; start again from the first page" }]);
  }
  const key = parseSortKey(expected.sort, shape.data.k);
  if (!key) throw refused();
  return { ...expected, key, offset: shape.data.n };
}
