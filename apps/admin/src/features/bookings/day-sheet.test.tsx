import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createBookingsBackend, testDaySheet, testStaffBooking, testToday } from "./test/bookings-backend.ts";

const backend = createBookingsBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.resetBookings());
afterAll(() => backend.api.close());

const urlSearch = (search: string) => Object.fromEntries(new URLSearchParams(search));
const slotMeter = (time: string) => screen.getByRole("meter", { name: `Covers at ${time}` });

async function openDaySheet(path = "/bookings") {
  const view = renderApp(path);
  await screen.findByRole("meter", { name: "Covers at 17:00" });
  return view;
}

describe("the day sheet", () => {
  it("opens on today at the venue and shows each slot's places left from bookings.daySheet", async () => {
    await openDaySheet();
    expect(backend.callsTo("bookings.daySheet")).toEqual([{ date: testToday }]);
    expect(screen.getByRole("heading", { level: 2, name: "Friday 12 June 2026 (today)" })).toBeInTheDocument();

    const sheet = testDaySheet();
    expect(screen.getAllByRole("meter")).toHaveLength(sheet.slots.length);
    for (const slot of sheet.slots) {
      const meter = slotMeter(slot.time);
      expect(meter).toHaveAttribute("aria-valuenow", String(slot.booked));
      expect(meter).toHaveAttribute("aria-valuemax", "40");
      expect(meter.getAttribute("aria-valuetext")).toMatch(new RegExp(`^${slot.remaining} of 40 left`));
    }
    // The words carry the meaning, the colour only repeats it: ≥ 75 % is nearly full, 100 % full.
    expect(slotMeter("17:00")).toHaveAttribute("aria-valuetext", "40 of 40 left");
    expect(slotMeter("19:00")).toHaveAttribute("aria-valuetext", "10 of 40 left, nearly full");
    expect(slotMeter("19:00")).toHaveAttribute("data-tone", "warning");
    expect(slotMeter("19:30")).toHaveAttribute("aria-valuetext", "0 of 40 left, full");
    expect(slotMeter("19:30")).toHaveAttribute("data-tone", "danger");
    expect(screen.getAllByText("10 of 40 left")).toHaveLength(3);
  });

  it("lists the day's bookings under the slot they start in, with party and status", async () => {
    await openDaySheet();
    const seven = screen.getByRole("list", { name: "Bookings starting at 19:00" });
    const links = within(seven).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^19:00–21:00SLT-BBBB22Alan Turing20 guestsConfirmedHas internal notes$/),
      expect.stringMatching(/^19:00–21:00SLT-CCCC33Donald Knuth6 guestsCancelled$/),
    ]);
    expect(screen.getByText("Busiest slot").closest("[data-slot=stat-card]")).toHaveTextContent("19:300 of 40 left");
    expect(screen.getByText("Guests").closest("[data-slot=stat-card]")).toHaveTextContent("40");
  });

  it("moves between days through the URL, and asks for that day", async () => {
    const { user, history } = await openDaySheet();
    await user.click(screen.getByRole("button", { name: "Next day" }));
    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ date: "2026-06-13" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Saturday 13 June 2026" })).toBeInTheDocument();
    expect(backend.callsTo("bookings.daySheet").at(-1)).toEqual({ date: "2026-06-13" });

    await user.click(screen.getByRole("button", { name: "Previous day" }));
    await user.click(screen.getByRole("button", { name: "Previous day" }));
    await waitFor(() => expect(backend.callsTo("bookings.daySheet").at(-1)).toEqual({ date: "2026-06-11" }));
    expect(urlSearch(history.location.search)).toEqual({ date: "2026-06-11" });

    await user.click(screen.getByRole("button", { name: "Today" }));
    await waitFor(() => expect(history.location.search).toBe(""));
    expect(await screen.findByRole("heading", { level: 2, name: "Friday 12 June 2026 (today)" })).toBeInTheDocument();
  });

  it("shows a day from the URL, says when it has no bookings, and still shows every slot free", async () => {
    backend.bookings.daySheet = (date) =>
      testDaySheet({ date, bookings: [], slots: testDaySheet().slots.map((slot) => ({ ...slot, booked: 0, remaining: 40 })) });
    await openDaySheet("/bookings?date=2026-07-01");
    expect(backend.callsTo("bookings.daySheet")).toEqual([{ date: "2026-07-01" }]);
    expect(screen.getByRole("heading", { name: "No bookings on this day" })).toBeInTheDocument();
    expect(screen.getAllByRole("meter").every((meter) => meter.getAttribute("aria-valuetext") === "40 of 40 left")).toBe(true);
  });

  it("opens a booking in the drawer from the sheet", async () => {
    backend.bookings.bookings = [testStaffBooking({ id: "1e0a8b7c-0000-4000-8000-000000000002", reference: "SLT-BBBB22", status: "CONFIRMED" })];
    const { user, history } = await openDaySheet();
    await user.click(screen.getByRole("link", { name: /SLT-BBBB22/ }));
    expect(await screen.findByRole("dialog", { name: "Booking SLT-BBBB22" })).toBeInTheDocument();
    expect(urlSearch(history.location.search)).toEqual({ booking: "1e0a8b7c-0000-4000-8000-000000000002" });
  });
});
