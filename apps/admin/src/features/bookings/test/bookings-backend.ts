import type { RouterOutputs } from "@slotted/client";
import { testError, testProcedure, testRouter, type TestContext } from "@slotted/client/testing";
import {
  adminListBookingsInput,
  allowedNextStatuses,
  bookingByIdInput,
  assignTableInput,
  daySheetInput,
  setBookingStatusInput,
  setInternalNotesInput,
} from "@slotted/validators";
import type { z } from "zod";
import { createAdminBackend, testStaffUser, type AdminBackend, type BackendTools } from "../../../test/admin-backend.ts";

export type StaffBooking = RouterOutputs["bookings"]["adminById"];
type HistoryEntry = RouterOutputs["bookings"]["history"]["items"][number];
type DaySheet = RouterOutputs["bookings"]["daySheet"];
type Venue = RouterOutputs["bookings"]["venue"];
export type VenueTable = RouterOutputs["tables"]["list"]["items"][number];

/** The venue's today in these tests: a Friday. */
export const testToday = "2026-06-12";

export const testVenue = (): Venue => ({
  timezone: "Europe/London",
  openingTime: "17:00",
  closingTime: "23:00",
  slotMinutes: 30,
  slotCapacity: 40,
  maxDaysAhead: 60,
  phoneRegion: "GB",
  partySize: { min: 1, max: 50 },
  durationMinutes: { min: 30, max: 480, default: 120 },
  cancelCutoffMinutes: 120,
  today: testToday,
});

export const testCustomer = { id: "5d0c7a1e-8f3b-4c2d-9e6a-1b2c3d4e5f60", name: "Ada Lovelace", email: "ada@example.com" };

/** A booking as staff see it: Ada's table for four tonight at 19:00, awaiting confirmation. */
export function testStaffBooking(overrides: Partial<StaffBooking> = {}): StaffBooking {
  return {
    id: "0b8e4f6a-3c1d-4e2f-9a7b-5c6d7e8f9a0b",
    reference: "SLT-7K2M9Q",
    date: testToday,
    time: "19:00",
    endTime: "21:00",
    durationMinutes: 120,
    partySize: 4,
    status: "PENDING",
    contactName: "Ada Lovelace",
    contactEmail: "ada@example.com",
    contactPhone: "+447911123456",
    specialRequests: "Window table if possible",
    cancelledAt: null,
    cancelReason: null,
    version: 1,
    createdAt: new Date("2026-06-01T10:15:00Z"),
    updatedAt: new Date("2026-06-01T10:15:00Z"),
    customer: testCustomer,
    internalNotes: null,
    table: null,
    cancelledLate: false,
    feedback: null,
    ratingOpenUntil: null,
    ...overrides,
  };
}

const guestNames = ["Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Frances Allen"];

/** `count` bookings over the days around today, each a little different, for paging and sorting. */
export function testStaffBookings(count: number): StaffBooking[] {
  return Array.from({ length: count }, (_, index) => {
    const name = guestNames[index % guestNames.length] ?? "Guest";
    const day = String(1 + (index % 28)).padStart(2, "0");
    return testStaffBooking({
      id: `0b8e4f6a-3c1d-4e2f-9a7b-${String(index).padStart(12, "0")}`,
      reference: `SLT-${String(index).padStart(6, "0")}`,
      date: `2026-06-${day}`,
      time: index % 2 === 0 ? "18:00" : "19:30",
      endTime: index % 2 === 0 ? "20:00" : "21:30",
      partySize: 1 + (index % 8),
      status: index % 5 === 0 ? "CANCELLED" : "CONFIRMED",
      contactName: name,
      contactEmail: `${name.split(" ")[0]?.toLowerCase() ?? "guest"}${index}@example.com`,
      createdAt: new Date(Date.UTC(2026, 4, 1 + index, 9)),
    });
  });
}

export const testTableIds = {
  window: "7a1b2c3d-0000-4000-8000-000000000001",
  two: "7a1b2c3d-0000-4000-8000-000000000002",
  booth: "7a1b2c3d-0000-4000-8000-000000000003",
  old: "7a1b2c3d-0000-4000-8000-000000000004",
};

/** The venue's tables in these tests: Window (20, holds SLT-BBBB22 at 19:00), a two-top, a booth for 12, one out of use. */
export function testTables(): VenueTable[] {
  const at = new Date("2026-05-01T09:00:00Z");
  const table = (id: string, name: string, seats: number, area: string | null, isActive = true): VenueTable => ({ id, name, seats, area, isActive, createdAt: at, updatedAt: at });
  return [
    table(testTableIds.two, "Table 2", 2, "Bar"),
    table(testTableIds.booth, "Booth", 12, "Hall"),
    table(testTableIds.window, "Window", 20, "Hall"),
    table(testTableIds.old, "Old table", 12, null, false),
  ];
}

export function testDaySheet(overrides: Partial<DaySheet> = {}): DaySheet {
  const booked: Record<string, number> = { "18:00": 10, "18:30": 10, "19:00": 30, "19:30": 40, "20:00": 30, "20:30": 30 };
  const slots = ["17:00", "17:30", "18:00", "18:30", "19:00", "19:30", "20:00", "20:30", "21:00", "21:30", "22:00", "22:30"].map((time) => {
    const covers = booked[time] ?? 0;
    return { time, booked: covers, remaining: Math.max(0, 40 - covers) };
  });
  return {
    date: testToday,
    slotMinutes: 30,
    capacity: 40,
    slots,
    bookings: [
      { id: "1e0a8b7c-0000-4000-8000-000000000001", table: null, reference: "SLT-AAAA11", time: "18:00", endTime: "19:00", durationMinutes: 60, partySize: 10, status: "SEATED", contactName: "Grace Hopper", internalNotes: null },
      { id: "1e0a8b7c-0000-4000-8000-000000000002", table: { id: testTableIds.window, name: "Window", seats: 20 }, reference: "SLT-BBBB22", time: "19:00", endTime: "21:00", durationMinutes: 120, partySize: 20, status: "CONFIRMED", contactName: "Alan Turing", internalNotes: "Birthday: cake at 20:30" },
      { id: "1e0a8b7c-0000-4000-8000-000000000003", table: null, reference: "SLT-CCCC33", time: "19:00", endTime: "21:00", durationMinutes: 120, partySize: 6, status: "CANCELLED", contactName: "Donald Knuth", internalNotes: null },
      { id: "1e0a8b7c-0000-4000-8000-000000000004", table: null, reference: "SLT-DDDD44", time: "19:30", endTime: "20:30", durationMinutes: 60, partySize: 10, status: "PENDING", contactName: "Barbara Liskov", internalNotes: null },
    ],
    ...overrides,
  };
}

function createdEntry(booking: StaffBooking): HistoryEntry {
  return {
    id: "created",
    action: "booking.created",
    at: booking.createdAt,
    actor: booking.customer,
    changes: { status: "PENDING", partySize: booking.partySize },
    requestId: null,
  };
}

export interface BookingsState {
  bookings: StaffBooking[];
  /** Audit entries by booking ID (the creation entry is added by `bookings.history`). */
  audit: Map<string, HistoryEntry[]>;
  daySheet: (date: string) => DaySheet;
  tables: VenueTable[];
  /** tables.list answers once this settles (a test holds it open to see the loading state). */
  tablesReady: Promise<void>;
  /** Replaces one procedure for a test: throw a `testError` to fail it. */
  override: Partial<Record<"setStatus" | "setInternalNotes" | "assignTable", (ctx: TestContext) => unknown>>;
}

const freshState = (): BookingsState => ({
  bookings: [testStaffBooking()],
  audit: new Map(),
  daySheet: (date) => testDaySheet({ date }),
  tables: testTables(),
  tablesReady: Promise.resolve(),
  override: {},
});

export interface BookingsBackend extends AdminBackend {
  bookings: BookingsState;
  resetBookings(): void;
}

type AdminListInput = z.input<typeof adminListBookingsInput>;

/** Records the input exactly as the client sent it, then parses it with the server's own schema. */
function recorded<Schema extends z.ZodType>(tools: BackendTools, path: string, schema: Schema) {
  return (raw: unknown): z.output<Schema> => {
    tools.record(path, raw);
    return schema.parse(raw);
  };
}

function compare(a: StaffBooking, b: StaffBooking, sort: NonNullable<AdminListInput["sort"]>): number {
  switch (sort) {
    case "date":
      return `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`);
    case "createdAt":
      return a.createdAt.getTime() - b.createdAt.getTime();
    case "reference":
      return a.reference.localeCompare(b.reference);
    case "partySize":
      return a.partySize - b.partySize;
  }
}

/**
 * The bookings procedures the console uses, in memory, with the server's input schemas, its
 * state machine and its version checks (409 with `allowed` or `currentVersion`).
 */
export function createBookingsBackend(): BookingsBackend {
  const state = freshState();
  const find = (id: string): StaffBooking => {
    const booking = state.bookings.find((candidate) => candidate.id === id);
    if (!booking) throw testError("NOT_FOUND", { message: "Booking not found" });
    return booking;
  };
  const save = (next: StaffBooking, entry: Omit<HistoryEntry, "id" | "at" | "requestId">, requestId: string): StaffBooking => {
    state.bookings = state.bookings.map((booking) => (booking.id === next.id ? next : booking));
    const entries = state.audit.get(next.id) ?? [];
    state.audit.set(next.id, [...entries, { ...entry, id: `audit-${entries.length + 1}`, at: next.updatedAt, requestId }]);
    return next;
  };
  const checkVersion = (booking: StaffBooking, version: number | undefined) => {
    if (version !== undefined && version !== booking.version) {
      throw testError("CONFLICT", { message: "This booking changed since you loaded it; reload it and try again", currentVersion: booking.version });
    }
  };

  const backend = createAdminBackend((tools) =>
    testRouter({
      bookings: testRouter({
        venue: testProcedure.query(() => {
          tools.record("bookings.venue", undefined);
          return testVenue();
        }),
        adminList: testProcedure.input(recorded(tools, "bookings.adminList", adminListBookingsInput)).query(({ input }) => {
          tools.signedIn();
          const search = input.search?.toLowerCase();
          const matching = state.bookings
            .filter((booking) => !input.status || input.status.includes(booking.status))
            .filter((booking) => !input.from || booking.date >= input.from)
            .filter((booking) => !input.to || booking.date <= input.to)
            .filter((booking) => !input.customerId || booking.customer.id === input.customerId)
            .filter(
              (booking) =>
                !search || [booking.reference, booking.contactName, booking.contactEmail].some((text) => text.toLowerCase().includes(search)),
            )
            .sort((a, b) => compare(a, b, input.sort) * (input.order === "desc" ? -1 : 1));
          const start = (input.page - 1) * input.perPage;
          const totalPages = Math.ceil(matching.length / input.perPage);
          return {
            items: matching.slice(start, start + input.perPage),
            total: matching.length,
            totalIsExact: true,
            page: input.page,
            perPage: input.perPage,
            totalPages,
            hasNext: input.page < totalPages,
            hasPrev: input.page > 1,
            nextCursor: null,
          };
        }),
        adminById: testProcedure.input(recorded(tools, "bookings.adminById", bookingByIdInput)).query(({ input }) => {
          tools.signedIn();
          return find(input.id);
        }),
        history: testProcedure.input(recorded(tools, "bookings.history", bookingByIdInput)).query(({ input }) => {
          tools.signedIn();
          const booking = find(input.id);
          return { items: [createdEntry(booking), ...(state.audit.get(booking.id) ?? [])] };
        }),
        daySheet: testProcedure.input(recorded(tools, "bookings.daySheet", daySheetInput)).query(({ input }) => {
          tools.signedIn();
          return state.daySheet(input.date);
        }),
        setStatus: testProcedure.input(recorded(tools, "bookings.setStatus", setBookingStatusInput)).mutation(({ input, ctx }) => {
          const actor = tools.signedIn();
          const override = state.override.setStatus;
          if (override) return override(ctx) as StaffBooking;
          const booking = find(input.id);
          const allowed = allowedNextStatuses(booking.status);
          if (!allowed.includes(input.status)) {
            throw testError("CONFLICT", {
              message: `A ${booking.status} booking cannot become ${input.status}`,
              currentStatus: booking.status,
              allowed: [...allowed],
            });
          }
          checkVersion(booking, input.version);
          const at = new Date(booking.updatedAt.getTime() + 60_000);
          const cancelling = input.status === "CANCELLED";
          return save(
            {
              ...booking,
              status: input.status,
              version: booking.version + 1,
              updatedAt: at,
              ...(cancelling ? { cancelledAt: at, cancelReason: input.note ?? null } : {}),
            },
            {
              action: cancelling ? "booking.cancelled" : "booking.status_changed",
              actor: { id: actor.id, name: actor.name, email: actor.email },
              changes: { status: { from: booking.status, to: input.status }, ...(input.note ? { note: input.note } : {}), reference: booking.reference },
            },
            ctx.requestId,
          );
        }),
        setInternalNotes: testProcedure.input(recorded(tools, "bookings.setInternalNotes", setInternalNotesInput)).mutation(({ input, ctx }) => {
          const actor = tools.signedIn();
          const override = state.override.setInternalNotes;
          if (override) return override(ctx) as StaffBooking;
          const booking = find(input.id);
          checkVersion(booking, input.version);
          return save(
            { ...booking, internalNotes: input.internalNotes, version: booking.version + 1, updatedAt: new Date(booking.updatedAt.getTime() + 60_000) },
            {
              action: "booking.internal_notes_changed",
              actor: { id: actor.id, name: actor.name, email: actor.email },
              changes: { internalNotes: { hadNotes: booking.internalNotes !== null, length: input.internalNotes?.length ?? 0 }, reference: booking.reference },
            },
            ctx.requestId,
          );
        }),
        assignTable: testProcedure.input(recorded(tools, "bookings.assignTable", assignTableInput)).mutation(({ input, ctx }) => {
          tools.signedIn();
          const override = state.override.assignTable;
          if (override) return override(ctx) as StaffBooking;
          const table = input.tableId === null ? null : state.tables.find((candidate) => candidate.id === input.tableId);
          if (table === undefined) throw testError("NOT_FOUND", { message: "Table not found" });
          const seated = table ? { id: table.id, name: table.name, seats: table.seats } : null;
          // The day sheet follows the assignment, as the server's would.
          const sheet = state.daySheet(testToday);
          const withTable = { ...sheet, bookings: sheet.bookings.map((booking) => (booking.id === input.id ? { ...booking, table: seated } : booking)) };
          state.daySheet = (date) => (date === testToday ? withTable : testDaySheet({ date }));
          const listed = state.bookings.find((booking) => booking.id === input.id);
          const dayBooking = sheet.bookings.find((booking) => booking.id === input.id);
          if (!listed && !dayBooking) throw testError("NOT_FOUND", { message: "Booking not found" });
          return { ...(listed ?? testStaffBooking({ ...dayBooking, id: input.id })), table: seated };
        }),
      }),
      tables: testRouter({
        list: testProcedure.query(async () => {
          tools.record("tables.list", undefined);
          tools.signedIn();
          await state.tablesReady;
          return { items: state.tables };
        }),
      }),
    }),
  );

  return Object.assign(backend, {
    bookings: state,
    resetBookings: () => {
      Object.assign(state, freshState());
      backend.reset();
    },
  });
}

export { testStaffUser };
