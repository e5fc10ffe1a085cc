import type { RouterInputs } from "@slotted/client";
import { testError, testRateLimitHeaders } from "@slotted/client/testing";
import { allowedNextStatuses, bookingStatuses } from "@slotted/validators";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { statusActionLabel } from "./booking-words.ts";
import { createBookingsBackend, testCustomer, testStaffBooking } from "./test/bookings-backend.ts";

const backend = createBookingsBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.resetBookings());
afterAll(() => backend.api.close());

const booking = testStaffBooking();

async function openDrawer(path = `/bookings?view=list&booking=${booking.id}`) {
  const view = renderApp(path);
  const drawer = await screen.findByRole("dialog", { name: /^Booking SLT-/ });
  await within(drawer).findByRole("heading", { name: "History" });
  return { ...view, drawer };
}

const statusGroup = (drawer: HTMLElement) => within(drawer).getByRole("group", { name: "Change status" });

describe("a booking's drawer", () => {
  it("shows the booking, its customer and its history", async () => {
    backend.bookings.audit.set(booking.id, [
      {
        id: "audit-1",
        action: "booking.updated",
        at: new Date("2026-06-02T08:00:00Z"),
        actor: testCustomer,
        changes: { partySize: { from: 2, to: 4 }, fields: ["contactPhone"], reference: booking.reference },
        requestId: "req-1",
      },
    ]);
    const { drawer } = await openDrawer();

    expect(drawer).toHaveAccessibleDescription("Friday 12 June 2026, 19:00–21:00");
    expect(within(drawer).getByText("19:00 to 21:00 (2 hours)")).toBeInTheDocument();
    expect(within(drawer).getByText("4 guests")).toBeInTheDocument();
    expect(within(drawer).getByText("Window table if possible")).toBeInTheDocument();
    expect(within(drawer).getByRole("link", { name: "ada@example.com" })).toHaveAttribute("href", "mailto:ada@example.com");
    expect(within(drawer).getByRole("link", { name: /Ada Lovelace/ })).toHaveAttribute("href", `/users?user=${testCustomer.id}`);

    const history = within(drawer).getByRole("heading", { name: "History" }).closest("section")!;
    await within(history).findByText("Booked");
    expect(history).toHaveTextContent("Status: Pending");
    expect(history).toHaveTextContent("Details changed");
    expect(history).toHaveTextContent("Party: 2 guests → 4 guests");
    expect(history).toHaveTextContent("Changed: contact phone");
    expect(history).not.toHaveTextContent(booking.reference);
  });

  it.each(bookingStatuses)("offers exactly the moves the state machine allows from %s", async (status) => {
    backend.bookings.bookings = [testStaffBooking({ status })];
    const { drawer } = await openDrawer();
    const allowed = allowedNextStatuses(status);

    if (allowed.length === 0) {
      expect(within(drawer).queryByRole("group", { name: "Change status" })).not.toBeInTheDocument();
      expect(drawer).toHaveTextContent("that is final, so its status can't change any more");
    } else {
      const offered = within(statusGroup(drawer))
        .getAllByRole("button")
        .map((button) => button.textContent);
      expect(offered).toEqual(allowed.map((next) => statusActionLabel[next]));
    }
  });

  it("confirms a booking with a note, then shows the new status, history entry and a toast", async () => {
    const { drawer, user } = await openDrawer();
    await user.type(within(drawer).getByLabelText("Note (optional)"), "Called to confirm");
    await user.click(within(statusGroup(drawer)).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("SLT-7K2M9Q is now confirmed")).toBeInTheDocument();
    const input = backend.callsTo("bookings.setStatus").at(-1) as RouterInputs["bookings"]["setStatus"];
    expect(input).toEqual({ id: booking.id, status: "CONFIRMED", version: 1, note: "Called to confirm" });
    // Now CONFIRMED: the next moves are the ones from CONFIRMED.
    await waitFor(() =>
      expect(within(statusGroup(drawer)).getAllByRole("button").map((button) => button.textContent)).toEqual(
        allowedNextStatuses("CONFIRMED").map((next) => statusActionLabel[next]),
      ),
    );
    const history = within(drawer).getByRole("heading", { name: "History" }).closest("section")!;
    await within(history).findByText("Status: Pending → Confirmed");
    expect(history).toHaveTextContent("Status: Pending → ConfirmedNote: Called to confirm");
    expect(within(drawer).getByLabelText("Note (optional)")).toHaveValue("");
  });

  it("asks before cancelling, and sends the reason as the note", async () => {
    backend.bookings.bookings = [testStaffBooking({ status: "CONFIRMED" })];
    const { drawer, user } = await openDrawer();
    const cancel = within(statusGroup(drawer)).getByRole("button", { name: "Cancel booking" });
    await user.click(cancel);

    const confirm = await screen.findByRole("alertdialog", { name: "Cancel SLT-7K2M9Q?" });
    expect(backend.callsTo("bookings.setStatus")).toEqual([]);
    await user.type(within(confirm).getByLabelText("Reason (optional)"), "Guest phoned: ill");
    await user.click(within(confirm).getByRole("button", { name: "Cancel booking" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(backend.callsTo("bookings.setStatus")).toEqual([{ id: booking.id, status: "CANCELLED", version: 1, note: "Guest phoned: ill" }]);
    expect(await within(drawer).findByText(/Guest phoned: ill”$/)).toBeInTheDocument();
    expect(drawer).toHaveTextContent("that is final");
  });

  it("after a 409 on the notes, reloads the booking, says what changed and keeps the text typed", async () => {
    const { drawer, user } = await openDrawer();
    // Meanwhile a colleague confirmed it and wrote a note.
    backend.bookings.bookings = [testStaffBooking({ status: "CONFIRMED", internalNotes: "VIP: seat by the window", version: 3 })];

    const notes = within(drawer).getByLabelText("Internal notes");
    await user.type(notes, "Allergic to nuts");
    await user.click(within(drawer).getByRole("button", { name: "Save notes" }));

    const notice = await within(drawer).findByRole("alert");
    expect(notice).toHaveTextContent("This booking changed since you opened it");
    expect(notice).toHaveTextContent("Status changed from Pending to Confirmed.");
    expect(notice).toHaveTextContent("Internal notes changed.");
    expect(notes).toHaveValue("Allergic to nuts");
    expect(await within(drawer).findByText("Your text above is not saved yet.")).toBeInTheDocument();
    expect(drawer).toHaveTextContent("The notes saved now read: “VIP: seat by the window”");
    expect(within(statusGroup(drawer)).getByRole("button", { name: "Mark seated" })).toBeInTheDocument();

    // Saving again names the version just loaded.
    await user.click(within(drawer).getByRole("button", { name: "Save notes" }));
    expect(await screen.findByText("Internal notes saved")).toBeInTheDocument();
    expect(backend.callsTo("bookings.setInternalNotes")).toEqual([
      { id: booking.id, internalNotes: "Allergic to nuts", version: 1 },
      { id: booking.id, internalNotes: "Allergic to nuts", version: 3 },
    ]);
  });

  it("keeps the status buttons off, saying why, while the server holds booking changes", async () => {
    backend.bookings.override.setStatus = (ctx) => {
      ctx.setHeaders(testRateLimitHeaders({ category: "booking_write", remaining: 0, resetSeconds: 60, retryAfterSeconds: 60 }));
      throw testError("TOO_MANY_REQUESTS", { message: "Too many requests: try again in 60 seconds", retryAfter: 60 });
    };
    const { drawer, user } = await openDrawer();
    await user.click(within(statusGroup(drawer)).getByRole("button", { name: "Confirm" }));

    const confirm = within(statusGroup(drawer)).getByRole("button", { name: "Confirm" });
    await waitFor(() => expect(confirm).toBeDisabled());
    expect(confirm).toHaveAccessibleDescription(/^Booking changes are paused after too many attempts, until \d\d:\d\d:\d\d/);
    expect(within(statusGroup(drawer)).getByRole("button", { name: "Cancel booking" })).toBeDisabled();
  });

  it("says so, with the request ID, when the booking cannot be loaded", async () => {
    const missing = "0b8e4f6a-3c1d-4e2f-9a7b-ffffffffffff";
    renderApp(`/bookings?booking=${missing}`);
    const drawer = await screen.findByRole("dialog", { name: "Booking" });
    expect(await within(drawer).findByText("We couldn't load this booking")).toBeInTheDocument();
    const sent = backend.api.requests.find((request) => request.paths.includes("bookings.adminById"))?.requestId;
    expect(within(drawer).getByText(sent ?? "missing")).toBeInTheDocument();
  });
});
