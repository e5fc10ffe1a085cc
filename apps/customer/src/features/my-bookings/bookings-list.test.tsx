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

type ListInput = RouterInputs["bookings"]["list"];
const lastListInput = () => backend.callsTo("bookings.list").at(-1) as ListInput | undefined;

describe("My bookings", () => {
  it("lists upcoming bookings from today, soonest first", async () => {
    renderApp("/bookings");
    const link = await screen.findByRole("link", { name: /SLT-7K2M9Q/ });
    expect(link).toHaveAttribute("href", `/bookings/${testBooking().id}`);
    expect(link).toHaveTextContent("2 guests");
    expect(lastListInput()).toMatchObject({ from: daysFromToday(0), order: "asc", page: 1 });
  });

  it("keeps the tab, the status filter and the page in the URL", async () => {
    const { user, history } = renderApp("/bookings");
    await screen.findByRole("link", { name: /SLT-7K2M9Q/ });

    await user.click(screen.getByRole("tab", { name: "Past" }));
    expect(await screen.findByRole("heading", { name: "No past bookings yet" })).toBeInTheDocument();
    expect(history.location.search).toContain("tab=past");
    expect(lastListInput()).toMatchObject({ to: daysFromToday(-1), order: "desc" });

    await user.selectOptions(screen.getByLabelText("Status"), "CANCELLED");
    expect(await screen.findByRole("heading", { name: "No cancelled bookings here" })).toBeInTheDocument();
    expect(history.location.search).toContain("status=CANCELLED");
    expect(lastListInput()).toMatchObject({ status: ["CANCELLED"], page: 1 });
  });

  it("pages through many bookings", async () => {
    backend.state.bookings = Array.from({ length: 12 }, (_, index) =>
      testBooking({ id: `0b8e4f6a-3c1d-4e2f-9a7b-${String(index).padStart(12, "0")}`, reference: `SLT-PAGE${String(index).padStart(2, "0")}` }),
    );
    const { user, history } = renderApp("/bookings");
    await screen.findByRole("link", { name: /SLT-PAGE00/ });
    expect(screen.queryByRole("link", { name: /SLT-PAGE10/ })).not.toBeInTheDocument();

    const pages = screen.getByRole("navigation", { name: "Upcoming bookings pages" });
    await user.click(within(pages).getByRole("button", { name: /2/ }));
    expect(await screen.findByRole("link", { name: /SLT-PAGE10/ })).toBeInTheDocument();
    expect(history.location.search).toContain("page=2");
  });

  it("invites a first booking when there is none", async () => {
    backend.state.bookings = [];
    renderApp("/bookings");
    expect(await screen.findByRole("heading", { name: "No upcoming bookings" })).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Book a table" }).length).toBeGreaterThan(0);
  });
});
