import type { RouterInputs } from "@slotted/client";
import { testError } from "@slotted/client/testing";
import { screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { daysFromToday } from "../../test/fixtures.ts";
import { fastRetries } from "../../test/fast-retries.ts";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  fastRetries();
});
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

const date = daysFromToday(3);
type CreateInput = RouterInputs["bookings"]["create"];
const creates = () => backend.callsTo("bookings.create") as CreateInput[];


/** Opens /book with date, time and party in the URL, fills the phone and reaches the review. */
async function reachReview(search = `?date=${date}&time=19:00&party=2`) {
  const view = renderApp(`/book${search}`);
  await screen.findByRole("heading", { level: 1, name: "Book a table" });
  expect(await screen.findByRole("radio", { name: /19:00/ })).toBeChecked();
  await view.user.type(screen.getByLabelText(/^Phone/), "07911 123456");
  await view.user.click(screen.getByRole("button", { name: "Review booking" }));
  await screen.findByRole("heading", { name: "Review and confirm" });
  return view;
}

describe("booking a table", () => {
  it("checks the form in the browser first: nothing is sent until it passes", async () => {
    const { user } = renderApp(`/book?date=${date}`);
    await screen.findByRole("heading", { level: 1, name: "Book a table" });
    await screen.findByRole("radio", { name: /19:00/ });
    await user.click(screen.getByRole("button", { name: "Review booking" }));

    expect(await screen.findByText("Choose a start time.")).toBeInTheDocument();
    expect(screen.getByText("Phone is required")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Phone/)).toHaveAttribute("aria-invalid", "true");
    // Prefilled from the account.
    expect(screen.getByLabelText(/^Name/)).toHaveValue("Ada Lovelace");
    expect(screen.getByLabelText(/^Email/)).toHaveValue("ada@example.com");
    expect(creates()).toHaveLength(0);
  });

  it("confirms with an idempotency key and shows the booking reference", async () => {
    const { user, history } = await reachReview();
    await user.click(screen.getByRole("button", { name: "Confirm booking" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Booking received" })).toBeInTheDocument();
    expect(screen.getByText("Booking reference SLT-NEW001")).toBeInTheDocument();
    expect(history.location.pathname).toMatch(/^\/book\/confirmed\//);
    expect(creates()).toEqual([
      expect.objectContaining({ date, time: "19:00", partySize: 2, contactPhone: "+447911123456", idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
    ]);
  });

  it("retries a failed confirmation with the same idempotency key, so it books once", async () => {
    backend.failNext("bookings.create", 1, () => testError("SERVICE_UNAVAILABLE", { message: "The database is unavailable" }));
    const { user } = await reachReview();
    await user.click(screen.getByRole("button", { name: "Confirm booking" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Booking received" })).toBeInTheDocument();
    const [first, second] = creates();
    expect(creates()).toHaveLength(2);
    expect(first?.idempotencyKey).toBeTruthy();
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  });

  it("keeps the key when the customer tries again after a failure, with the request ID on screen", async () => {
    backend.failNext("bookings.create", 3, () => testError("SERVICE_UNAVAILABLE", { message: "The database is unavailable" }));
    const { user } = await reachReview();
    await user.click(screen.getByRole("button", { name: "Confirm booking" }));

    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("Your booking was not made yet");
    const lastSent = backend.api.requests.filter((request) => request.paths.includes("bookings.create")).at(-1)?.requestId;
    expect(screen.getByText(lastSent ?? "missing")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Confirm booking" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Booking received" })).toBeInTheDocument();
    const keys = new Set(creates().map((input) => input.idempotencyKey));
    expect(creates()).toHaveLength(4);
    expect(keys.size).toBe(1);
  });

  it("uses a new key once the booking itself changes", async () => {
    backend.failNext("bookings.create", 3, () => testError("SERVICE_UNAVAILABLE"));
    const { user } = await reachReview();
    await user.click(screen.getByRole("button", { name: "Confirm booking" }));
    await screen.findByRole("alert");

    await user.click(screen.getByRole("button", { name: "Change details" }));
    await user.selectOptions(screen.getByLabelText("Guests"), "3");
    await user.click(screen.getByRole("button", { name: "Review booking" }));
    await user.click(await screen.findByRole("button", { name: "Confirm booking" }));
    await screen.findByRole("heading", { level: 1, name: "Booking received" });

    const first = creates()[0];
    const last = creates().at(-1);
    expect(last?.partySize).toBe(3);
    expect(last?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it("books once on a double click", async () => {
    const { user } = await reachReview();
    await user.dblClick(screen.getByRole("button", { name: "Confirm booking" }));
    await screen.findByRole("heading", { level: 1, name: "Booking received" });
    expect(new Set(creates().map((input) => input.idempotencyKey)).size).toBe(1);
    expect(backend.state.bookings.filter((booking) => booking.reference === "SLT-NEW001")).toHaveLength(1);
  });

  it("puts the server's field errors back on the form, on the same field", async () => {
    backend.failNext("bookings.create", 1, () =>
      testError("BAD_REQUEST", { issues: [{ path: "contactPhone", message: "must be a valid phone number (numbers outside GB need their + country code)" }] }),
    );
    const { user } = await reachReview();
    await user.click(screen.getByRole("button", { name: "Confirm booking" }));

    const phone = await screen.findByLabelText(/^Phone/);
    expect(await screen.findByText("Phone must be a valid phone number (numbers outside GB need their + country code)")).toBeInTheDocument();
    expect(phone).toHaveAttribute("aria-invalid", "true");
    expect(phone).toHaveFocus();
  });

  it("explains a full slot at the time field and refreshes the places left", async () => {
    backend.failNext("bookings.create", 1, () => testError("CONFLICT", { message: "Only 1 place is left at 19:00", remaining: 1 }));
    const { user } = await reachReview();
    const availabilityCalls = backend.callsTo("bookings.availability").length;
    await user.click(screen.getByRole("button", { name: "Confirm booking" }));

    // Back on the form, focus on the chosen time, which now carries the server's message.
    await screen.findByRole("button", { name: "Review booking" });
    const chosen = screen.getByRole("radio", { name: /19:00/ });
    expect(chosen).toHaveFocus();
    expect(chosen).toHaveAccessibleDescription("Only 1 place is left at 19:00");
    expect(backend.callsTo("bookings.availability").length).toBeGreaterThan(availabilityCalls);
  });
});
