import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createBookingsBackend, testStaffBooking } from "./test/bookings-backend.ts";

const backend = createBookingsBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.resetBookings());
afterAll(() => backend.api.close());

async function openDrawer(id: string) {
  renderApp(`/bookings?view=list&booking=${id}`);
  const drawer = await screen.findByRole("dialog", { name: /^Booking SLT-/ });
  await within(drawer).findByRole("heading", { name: "History" });
  return drawer;
}

describe("a booking's drawer, after the visit", () => {
  it("shows the customer's rating and comment", async () => {
    const rated = testStaffBooking({ status: "COMPLETED", feedback: { rating: 4, comment: "Lovely risotto, slow dessert", createdAt: new Date("2026-06-13T09:00:00Z") } });
    backend.bookings.bookings = [rated];
    const drawer = await openDrawer(rated.id);
    const rating = within(drawer).getByText("Rating").nextElementSibling;
    expect(rating).toHaveTextContent("4 out of 5");
    expect(rating).toHaveTextContent("Lovely risotto, slow dessert");
  });

  it("marks a late cancellation and shows no rating row without one", async () => {
    const late = testStaffBooking({ status: "CANCELLED", cancelledAt: new Date("2026-06-12T17:30:00Z"), cancelReason: "Guest phoned", cancelledLate: true });
    backend.bookings.bookings = [late];
    const drawer = await openDrawer(late.id);
    expect(within(drawer).getByText("Late").nextElementSibling).toHaveTextContent("Cancelled by staff inside the customers' change cut-off");
    expect(within(drawer).queryByText("Rating")).not.toBeInTheDocument();
  });
});
