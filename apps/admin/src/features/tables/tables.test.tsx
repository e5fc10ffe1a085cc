import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testStaffUser } from "../../test/admin-backend.ts";
import { renderApp } from "../../test/render-app.tsx";
import { createTablesBackend } from "./test/tables-backend.ts";

const backend = createTablesBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.resetTables());
afterAll(() => backend.api.close());

async function openTables() {
  const view = renderApp("/tables");
  const list = await screen.findByRole("table", { name: "All tables" });
  return { ...view, list };
}

const addForm = () => screen.getByRole("form", { name: "Add a table" });

describe("the Tables page", () => {
  it("lists every table with seats, area and whether it is in use, and is in the console's navigation", async () => {
    const { list } = await openTables();
    const rows = within(list).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").slice(0, 4).map((cell) => cell.textContent))).toEqual([
      ["Table 2", "2", "Terrace", "In use"],
      ["Table 10", "4", "Terrace", "Not in use"],
    ]);
    expect(screen.getByRole("navigation", { name: "Console" })).toContainElement(screen.getByRole("link", { name: "Tables" }));
  });

  it("adds a table from a labelled form, and empties the form for the next one", async () => {
    const { user, list } = await openTables();
    const form = addForm();
    await user.type(within(form).getByLabelText(/^Name/), "Window 1");
    await user.type(within(form).getByLabelText(/^Seats/), "4");
    await user.type(within(form).getByLabelText(/^Area/), "Hall");
    await user.keyboard("{Enter}");

    await waitFor(() => expect(backend.callsTo("tables.create")).toEqual([{ name: "Window 1", seats: 4, area: "Hall", isActive: true }]));
    expect(await within(list).findByRole("cell", { name: "Window 1" })).toBeInTheDocument();
    await waitFor(() => expect(within(addForm()).getByLabelText(/^Name/)).toHaveValue(""));
  });

  it("puts the server's duplicate-name 409 on the Name field and focuses it", async () => {
    const { user } = await openTables();
    const form = addForm();
    await user.type(within(form).getByLabelText(/^Name/), "table 2");
    await user.type(within(form).getByLabelText(/^Seats/), "2");
    await user.click(within(form).getByRole("button", { name: "Add table" }));

    const name = within(form).getByLabelText(/^Name/);
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription(expect.stringContaining('There is already a table called "Table 2"; choose another name'));
  });

  it("checks the seats before sending, and says what is allowed", async () => {
    const { user } = await openTables();
    const form = addForm();
    await user.type(within(form).getByLabelText(/^Name/), "Big");
    await user.type(within(form).getByLabelText(/^Seats/), "101");
    await user.click(within(form).getByRole("button", { name: "Add table" }));
    const seats = within(form).getByLabelText(/^Seats/);
    await waitFor(() => expect(seats).toHaveFocus());
    expect(seats).toHaveAccessibleDescription("Seats must be a whole number from 1 to 100");
    expect(backend.callsTo("tables.create")).toEqual([]);
  });

  it("edits a table, then returns focus to its Edit button", async () => {
    const { user, list } = await openTables();
    await user.click(within(list).getByRole("button", { name: "Edit Table 10" }));
    const form = await screen.findByRole("form", { name: "Edit Table 10" });
    expect(screen.getByRole("heading", { name: "Edit Table 10" })).toHaveFocus();
    const seats = within(form).getByLabelText(/^Seats/);
    await user.clear(seats);
    await user.type(seats, "6");
    await user.click(within(form).getByRole("checkbox", { name: /In use/ }));
    await user.click(within(form).getByRole("button", { name: "Save table" }));

    await waitFor(() =>
      expect(backend.callsTo("tables.update")).toEqual([{ id: "7a1b2c3d-0000-4000-8000-000000000002", name: "Table 10", seats: 6, area: "Terrace", isActive: true }]),
    );
    await waitFor(() => expect(within(list).getByRole("button", { name: "Edit Table 10" })).toHaveFocus());
    expect(screen.queryByRole("form", { name: "Edit Table 10" })).not.toBeInTheDocument();
  });

  it("is not offered to STAFF, who may not manage tables", async () => {
    backend.session.user = testStaffUser({ role: "STAFF" });
    renderApp("/tables");
    expect(await screen.findByRole("navigation", { name: "Console" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Tables" })).not.toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Add a table" })).not.toBeInTheDocument();
    expect(backend.callsTo("tables.list")).toEqual([]);
  });
});
