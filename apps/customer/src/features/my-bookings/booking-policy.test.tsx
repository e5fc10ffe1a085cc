import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testError } from "@slotted/client/testing";
import { daysFromToday, testBooking, testVenue } from "../../test/fixtures.ts";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

async function openBooking(id: string) {
  const view = renderApp(`/bookings/${id}`);
  await screen.findByRole("heading", { level: 1, name: /^Booking SLT-/ });
  await screen.findByText("Details");
  return view;
}

describe("the change cut-off on a booking's page", () => {
  it("states the policy while changes are open", async () => {
    await openBooking(testBooking().id);
    expect(await screen.findByText("Free changes until 2 hours before the start; after that, please contact the venue.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel booking" })).toBeEnabled();
  });

  it("disables cancel and move inside the cut-off, with the reason on the page", async () => {
    // Tomorrow, with a two-day cut-off: inside it whatever the time of day the test runs.
    const booking = testBooking({ date: daysFromToday(1), time: "19:00" });
    backend.state.bookings = [booking];
    backend.state.override["bookings.venue"] = () => ({ ...testVenue(), cancelCutoffMinutes: 48 * 60 });
    await openBooking(booking.id);

    const reason = /^Changes close 48 hours before the start: you could move or cancel this booking until 19:00 on \w+ \d+ \w+\. Please contact the venue\.$/;
    const cancel = await screen.findByRole("button", { name: "Cancel booking" });
    expect(cancel).toBeDisabled();
    expect(cancel).toHaveAccessibleDescription(reason);
    expect(screen.getByRole("button", { name: "Move to another time" })).toBeDisabled();
    // Visible as text, not only to assistive technology.
    expect(screen.getByText(reason)).toBeVisible();
    expect(backend.callsTo("bookings.cancel")).toEqual([]);
  });

  it("shows the server's reason if the cut-off passes while the dialog is open", async () => {
    const booking = testBooking();
    backend.state.override["bookings.cancel"] = () => {
      throw testError("FORBIDDEN", { message: "Changes close 2 hours before the start: you could cancel until 17:00 on Friday 4 December. Contact the venue to change it now." });
    };
    const { user } = await openBooking(booking.id);
    await user.click(await screen.findByRole("button", { name: "Cancel booking" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Cancel this booking?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel booking" }));
    expect(await within(dialog).findByText(/you could cancel until 17:00 on Friday 4 December/)).toBeInTheDocument();
  });
});

describe("rating a completed visit", () => {
  const completed = () => testBooking({ status: "COMPLETED", date: daysFromToday(-2), ratingOpenUntil: daysFromToday(12) });

  it("rates with the keyboard and a comment, then shows the rating read-only", async () => {
    const booking = completed();
    backend.state.bookings = [booking];
    const { user } = await openBooking(booking.id);
    const group = await screen.findByRole("group", { name: "Your rating" });
    expect(within(group).getAllByRole("radio").map((radio) => radio.closest("label")?.textContent)).toEqual(["☆1 star", "☆2 stars", "☆3 stars", "☆4 stars", "☆5 stars"]);
    expect(within(group).getByRole("radio", { name: "1 star" })).not.toBeChecked();

    // Tab into the group, then arrow keys move the choice like any radio group.
    within(group).getByRole("radio", { name: "1 star" }).focus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(within(group).getByRole("radio", { name: "4 stars" })).toBeChecked();
    await user.type(screen.getByLabelText("Comment (optional)"), "Lovely risotto");
    await user.click(screen.getByRole("button", { name: "Send rating" }));

    expect(await screen.findByText("You rated this visit 4 stars out of 5.")).toBeInTheDocument();
    expect(screen.getByText("Lovely risotto")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Your rating" })).not.toBeInTheDocument();
    expect(backend.callsTo("bookings.rate")).toEqual([{ id: booking.id, rating: 4, comment: "Lovely risotto" }]);
  });

  it("asks for stars before sending", async () => {
    const booking = completed();
    backend.state.bookings = [booking];
    const { user } = await openBooking(booking.id);
    await user.click(await screen.findByRole("button", { name: "Send rating" }));
    const group = screen.getByRole("group", { name: "Your rating" });
    expect(group).toHaveAccessibleDescription("Choose from 1 to 5 stars");
    expect(backend.callsTo("bookings.rate")).toEqual([]);
    await user.click(within(group).getByRole("radio", { name: "5 stars" }));
    expect(group).not.toHaveAccessibleDescription("Choose from 1 to 5 stars");
  });

  it("shows a rating already given, and says when the window has closed", async () => {
    const rated = testBooking({ id: "1b8e4f6a-3c1d-4e2f-9a7b-5c6d7e8f9a0b", status: "COMPLETED", feedback: { rating: 1, comment: null, createdAt: new Date("2026-01-04T10:00:00Z") } });
    const closed = testBooking({ id: "2b8e4f6a-3c1d-4e2f-9a7b-5c6d7e8f9a0b", status: "COMPLETED", date: daysFromToday(-20), ratingOpenUntil: daysFromToday(-6) });
    backend.state.bookings = [rated, closed];
    const first = await openBooking(rated.id);
    expect(await screen.findByText("You rated this visit 1 star out of 5.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Send rating" })).not.toBeInTheDocument();
    first.unmount();
    await openBooking(closed.id);
    expect(await screen.findByText("Visits can be rated for 14 days; this one can no longer be rated.")).toBeInTheDocument();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
  });
});
