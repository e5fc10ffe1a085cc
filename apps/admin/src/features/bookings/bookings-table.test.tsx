import type { RouterInputs } from "@slotted/client";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createBookingsBackend, testCustomer, testStaffBookings } from "./test/bookings-backend.ts";

const backend = createBookingsBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.resetBookings());
afterAll(() => backend.api.close());

type ListInput = RouterInputs["bookings"]["adminList"];
const lastListInput = () => backend.callsTo("bookings.adminList").at(-1) as ListInput | undefined;
/** The URL's search as a plain object, order aside. */
const urlSearch = (search: string) => Object.fromEntries(new URLSearchParams(search));

async function openList(path = "/bookings?view=list", { expectRows = true } = {}) {
  backend.bookings.bookings = testStaffBookings(45);
  const view = renderApp(path);
  if (expectRows) await screen.findByRole("table", { name: "Bookings" });
  else await screen.findByRole("heading", { level: 1, name: "Bookings" });
  return view;
}

describe("the bookings list", () => {
  it("asks bookings.adminList for exactly what the URL says, and nothing more", async () => {
    await openList("/bookings?view=list&q=grace&status=CONFIRMED&from=2026-06-01&to=2026-06-30&sort=partySize&order=desc&page=1");
    expect(lastListInput()).toEqual({
      page: 1,
      search: "grace",
      status: ["CONFIRMED"],
      from: "2026-06-01",
      to: "2026-06-30",
      sort: "partySize",
      order: "desc",
    });
    // The controls show the URL's choices.
    expect(screen.getByLabelText(/^Search/)).toHaveValue("grace");
    expect(screen.getByLabelText("Status")).toHaveValue("CONFIRMED");
    expect(screen.getByRole("columnheader", { name: /Party/ })).toHaveAttribute("aria-sort", "descending");
  });

  it("with no filters in the URL, leaves page, sort and order to the server's defaults", async () => {
    await openList();
    expect(lastListInput()).toEqual({});
    expect(screen.getByRole("columnheader", { name: /Date/ })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByText("Showing 1–20 of 45")).toBeInTheDocument();
  });

  it("searches once typing pauses, replacing the URL entry and going back to page 1", async () => {
    const { user, history } = await openList("/bookings?view=list&page=2");
    const entries = history.length;
    await user.type(screen.getByLabelText(/^Search/), "  Grace ");

    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list", q: "Grace" }));
    await waitFor(() => expect(lastListInput()).toEqual({ search: "Grace" }));
    // One search, not one per keystroke, and no new history entry for it.
    expect(backend.callsTo("bookings.adminList").filter((input) => (input as ListInput).search !== undefined)).toHaveLength(1);
    expect(history.length).toBe(entries);
    expect(await screen.findByText(/of 7$/)).toBeInTheDocument();
  });

  it("filters by status from page 1, in the URL and the query alike", async () => {
    const { user, history } = await openList("/bookings?view=list&page=3");
    await user.selectOptions(screen.getByLabelText("Status"), "CANCELLED");

    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list", status: "CANCELLED" }));
    await waitFor(() => expect(lastListInput()).toEqual({ status: ["CANCELLED"] }));
    await waitFor(() => expect(screen.getByText("Showing 1–9 of 9")).toBeInTheDocument());
    const rows = within(screen.getByRole("table", { name: "Bookings" })).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row).toHaveTextContent("Cancelled");
  });

  it("sorts by a column header, the second click reversing it", async () => {
    const { user, history } = await openList("/bookings?view=list&page=2");
    await user.click(screen.getByRole("button", { name: /Party/ }));
    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list", sort: "partySize", order: "asc" }));
    await waitFor(() => expect(lastListInput()).toEqual({ sort: "partySize", order: "asc" }));
    await waitFor(() => expect(screen.getByRole("columnheader", { name: /Party/ })).toHaveAttribute("aria-sort", "ascending"));

    await user.click(screen.getByRole("button", { name: /Party/ }));
    await waitFor(() => expect(lastListInput()).toEqual({ sort: "partySize", order: "desc" }));
    expect(urlSearch(history.location.search)).toEqual({ view: "list", sort: "partySize", order: "desc" });
    // The biggest party comes first now.
    await waitFor(() => expect(screen.getAllByRole("row")[1]).toHaveTextContent("8 guests"));
    expect(screen.getAllByRole("row")[1]).not.toHaveTextContent("7 guests");
  });

  it("pages with the server's envelope, and a filter change goes back to page 1", async () => {
    const { user, history } = await openList();
    const pages = screen.getByRole("navigation", { name: "Bookings pages" });
    await user.click(within(pages).getByRole("button", { name: "Page 2" }));

    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list", page: "2" }));
    await waitFor(() => expect(lastListInput()).toEqual({ page: 2 }));
    expect(await screen.findByText("Showing 21–40 of 45")).toBeInTheDocument();

    await user.type(screen.getByLabelText("From"), "2026-06-10");
    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list", from: "2026-06-10" }));
    await waitFor(() => expect(lastListInput()).toEqual({ from: "2026-06-10" }));
  });

  it("opens a booking in the drawer from its row, and puts it in the URL", async () => {
    const { user, history } = await openList();
    const link = screen.getByRole("link", { name: "SLT-000000, Grace Hopper" });
    await user.click(link);

    expect(await screen.findByRole("dialog", { name: "Booking SLT-000000" })).toBeInTheDocument();
    expect(urlSearch(history.location.search)).toEqual({ view: "list", booking: "0b8e4f6a-3c1d-4e2f-9a7b-000000000000" });

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(urlSearch(history.location.search)).toEqual({ view: "list" });
    expect(screen.getByRole("link", { name: "SLT-000000, Grace Hopper" })).toHaveFocus();
  });

  it("shows one customer's bookings from the URL, and everyone's again on request", async () => {
    const { user, history } = await openList(`/bookings?view=list&customer=${testCustomer.id}`);
    expect(lastListInput()).toEqual({ customerId: testCustomer.id });
    expect(await screen.findByText(/Showing only the bookings of/)).toHaveTextContent("Showing only the bookings of Ada Lovelace.");
    expect(screen.getByRole("link", { name: "Open their account" })).toHaveAttribute("href", `/users?user=${testCustomer.id}`);

    await user.click(screen.getByRole("button", { name: "Show every customer" }));
    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list" }));
    await waitFor(() => expect(lastListInput()).toEqual({}));
  });

  it("says when nothing matches and offers to clear the filters", async () => {
    const { user, history } = await openList("/bookings?view=list&q=nobody", { expectRows: false });
    expect(await screen.findByRole("heading", { name: "No bookings match" })).toBeInTheDocument();
    await user.click(screen.getAllByRole("button", { name: "Clear filters" }).at(-1)!);
    await waitFor(() => expect(urlSearch(history.location.search)).toEqual({ view: "list" }));
    expect(screen.getByLabelText(/^Search/)).toHaveValue("");
    expect(await screen.findByText("Showing 1–20 of 45")).toBeInTheDocument();
  });
});
