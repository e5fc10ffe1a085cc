import { testError } from "@slotted/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createBookingsBackend, testTableIds } from "./test/bookings-backend.ts";

const backend = createBookingsBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.resetBookings());
afterAll(() => backend.api.close());

async function openTablePlan() {
  const view = renderApp("/bookings");
  const grid = await screen.findByRole("table", { name: "Tables by time" });
  return { ...view, grid };
}

const rowOf = (grid: HTMLElement, name: string) => within(grid).getByRole("row", { name: new RegExp(`^${name}`) });

describe("the day sheet's table plan", () => {
  it("shows active tables by time, with each seated booking spanning the slots it covers", async () => {
    const { grid } = await openTablePlan();
    const headers = within(grid).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(headers.slice(0, 3)).toEqual(["Table", "17:00", "17:30"]);
    const rows = within(grid).getAllByRole("rowheader").map((cell) => cell.textContent);
    // Tables in use only: "Old table" is out of use and holds nothing today.
    expect(rows).toEqual(["Table 2 · 2 seats · Bar", "Booth · 12 seats · Hall", "Window · 20 seats · Hall"]);

    const window = rowOf(grid, "Window");
    const seated = within(window).getByText("SLT-BBBB22").closest("td");
    expect(seated).toHaveAttribute("colspan", "4"); // 19:00–21:00 in 30-minute slots
    expect(within(window).getAllByText("Free")).toHaveLength(12 - 4);
    expect(within(rowOf(grid, "Booth")).getAllByText("Free")).toHaveLength(12);
  });

  it("lists active bookings without a table with a picker of the tables that seat the party, and assigns one", async () => {
    const { user, grid } = await openTablePlan();
    const waiting = screen.getByRole("heading", { name: "Bookings without a table (2)" });
    expect(waiting).toBeInTheDocument();

    // SLT-DDDD44 is 10 guests: the two-top cannot seat them, the Window is taken at 19:30.
    const picker = screen.getByRole("combobox", { name: "Table for SLT-DDDD44" });
    const options = within(picker).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["Choose a table", "Booth · 12 seats · Hall", "Window · 20 seats · Hall (taken then)"]);
    expect(within(picker).getByRole("option", { name: /Window/ })).toBeDisabled();

    await user.selectOptions(picker, "Booth · 12 seats · Hall");
    const item = picker.closest("li");
    if (!item) throw new Error("the picker sits in a list item");
    await user.click(within(item).getByRole("button", { name: "Assign" }));

    await waitFor(() => expect(backend.callsTo("bookings.assignTable")).toEqual([{ id: "1e0a8b7c-0000-4000-8000-000000000004", tableId: testTableIds.booth }]));
    expect(await within(rowOf(grid, "Booth")).findByText("SLT-DDDD44")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Bookings without a table (1)" })).toHaveFocus();
    expect(screen.getByText("SLT-DDDD44 seated at Booth")).toBeInTheDocument();
  });

  it("shows the server's refusal (409) under the picker and gives it focus", async () => {
    const message = "Table Booth is already taken during 19:30–20:30 on 2026-06-12; pick another table or take the other booking off it first";
    backend.bookings.override.assignTable = () => {
      throw testError("CONFLICT", { message, field: "tableId" });
    };
    const { user } = await openTablePlan();
    const picker = screen.getByRole("combobox", { name: "Table for SLT-DDDD44" });
    await user.selectOptions(picker, "Booth · 12 seats · Hall");
    const item = picker.closest("li");
    if (!item) throw new Error("the picker sits in a list item");
    await user.click(within(item).getByRole("button", { name: "Assign" }));

    expect(await within(item).findByText(message)).toBeInTheDocument();
    expect(picker).toHaveFocus();
    expect(picker).toHaveAttribute("aria-invalid", "true");
    expect(picker).toHaveAccessibleDescription(message);
  });

  it("takes a booking off its table with Unassign, and offers it in the picker again", async () => {
    const { user, grid } = await openTablePlan();
    await user.click(within(grid).getByRole("button", { name: "Unassign SLT-BBBB22 from Window" }));
    await waitFor(() => expect(backend.callsTo("bookings.assignTable")).toEqual([{ id: "1e0a8b7c-0000-4000-8000-000000000002", tableId: null }]));
    expect(await screen.findByRole("combobox", { name: "Table for SLT-BBBB22" })).toBeInTheDocument();
    expect(within(rowOf(grid, "Window")).queryByText("SLT-BBBB22")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Bookings without a table (3)" })).toHaveFocus();
  });

  it("shows a skeleton while the tables load, then the grid", async () => {
    let release: () => void = () => undefined;
    backend.bookings.tablesReady = new Promise<void>((resolve) => (release = resolve));
    renderApp("/bookings");
    expect(await screen.findByText("Loading the tables")).toBeInTheDocument();
    expect(screen.getByTestId("table-plan-skeleton")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Tables by time" })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole("table", { name: "Tables by time" })).toBeInTheDocument();
    expect(screen.queryByTestId("table-plan-skeleton")).not.toBeInTheDocument();
  });
});
