import type { RouterInputs } from "@slotted/client";
import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, testBooking } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

const booking = testBooking();

async function openBooking(id = booking.id) {
  const view = renderApp(`/bookings/${id}`);
  await screen.findByRole("heading", { level: 1, name: /^Booking SLT-/ });
  await screen.findByText("Details");
  return view;
}

describe("a booking's page", () => {
  it("cancels with an optional reason, naming the version it saw", async () => {
    const { user } = await openBooking();
    await user.click(await screen.findByRole("button", { name: "Cancel booking" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Cancel this booking?" });
    await user.type(within(dialog).getByLabelText(/^Reason/), "Plans changed");
    await user.click(within(dialog).getByRole("button", { name: "Cancel booking" }));

    expect(await screen.findByText("Booking cancelled")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(backend.callsTo("bookings.cancel")).toEqual([{ id: booking.id, reason: "Plans changed", version: 1 }]);
    // Now cancelled, the actions are off and say why.
    expect(screen.getByRole("button", { name: "Move to another time" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Cancel booking" })).toHaveAccessibleDescription(
      "This booking is cancelled, so it can't be moved or cancelled online.",
    );
  });

  it("after a 409 on a stale version, reloads the booking and says what changed", async () => {
    const { user } = await openBooking();
    // Meanwhile the venue moved it.
    backend.state.bookings = [{ ...booking, time: "20:00", endTime: "22:00", version: 2 }];

    await user.click(await screen.findByRole("button", { name: "Cancel booking" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Cancel booking" }));

    const notice = await screen.findByText("This booking changed since you opened it");
    expect(notice.closest("[data-slot=banner]")).toHaveTextContent("Time changed from 19:00–21:00 to 20:00–22:00.");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    // The page shows the server's version now, so a second try names version 2.
    expect(screen.getByText("20:00 to 22:00 (2 hours)")).toBeInTheDocument();
    const sent = backend.api.requests.find((request) => request.paths.includes("bookings.cancel"))?.requestId;
    expect(screen.getByText(sent ?? "missing")).toBeInTheDocument();
  });

  it("moves the booking to another free time", async () => {
    const { user } = await openBooking();
    await user.click(await screen.findByRole("button", { name: "Move to another time" }));
    await user.click(await screen.findByRole("radio", { name: /^20:30/ }));
    await user.click(screen.getByRole("button", { name: "Move booking" }));

    expect(await screen.findByText("Booking moved")).toBeInTheDocument();
    const [input] = backend.callsTo("bookings.reschedule") as RouterInputs["bookings"]["reschedule"][];
    expect(input).toEqual({ id: booking.id, date: booking.date, time: "20:30", durationMinutes: 120, version: 1 });
  });

  it("keeps the booking's own time out of the choices", async () => {
    const { user } = await openBooking();
    await user.click(await screen.findByRole("button", { name: "Move to another time" }));
    const own = await screen.findByRole("radio", { name: /^19:00/ });
    expect(own).toBeDisabled();
    expect(own.closest("label")).toHaveTextContent("Your booking");
  });

  it("disables moving and cancelling a booking that has started, and says why", async () => {
    backend.state.bookings = [testBooking({ date: daysFromToday(-1) })];
    await openBooking();
    const reason = "This booking has already started, so it can't be moved or cancelled online. Please contact the venue.";
    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Move to another time" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Cancel booking" })).toBeDisabled();
  });
});
