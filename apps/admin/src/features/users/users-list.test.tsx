import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { testStaffUser } from "../../test/admin-backend.ts";
import { renderApp } from "../../test/render-app.tsx";
import { createUsersTestBackend, ids } from "./users-test-backend.ts";

const { backend, state, reset, tableInputs } = createUsersTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => reset());
afterAll(() => backend.api.close());

const usersTable = () => screen.findByRole("table", { name: "Users" });
const namesShown = async () =>
  within(await usersTable())
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("link")[0]?.textContent);

describe("the users list", () => {
  it("asks users.list for exactly what the URL holds, and shows it in the controls", async () => {
    renderApp("/users?q=ada&role=STAFF&active=active&sort=email&order=asc&page=1");
    expect(await namesShown()).toEqual(["Ada Lovelace"]);
    expect(tableInputs().at(-1)).toEqual({ page: 1, perPage: 20, sortBy: "email", sortOrder: "asc", search: "ada", role: "STAFF", isActive: true });
    expect(screen.getByRole("searchbox", { name: "Search" })).toHaveValue("ada");
    expect(screen.getByLabelText("Role")).toHaveValue("STAFF");
    expect(screen.getByLabelText("Status")).toHaveValue("active");
    expect(screen.getByRole("columnheader", { name: /email/i })).toHaveAttribute("aria-sort", "ascending");
  });

  it("searches once typing pauses, replacing the URL and going back to the first page", async () => {
    const { user, history } = renderApp("/users?role=STAFF&page=2");
    await screen.findByRole("heading", { name: "No users match these filters" });
    const entries = history.length;

    await user.type(screen.getByRole("searchbox", { name: "Search" }), "lovelace");
    await waitFor(() => expect(history.location.search).toContain("q=lovelace"));
    expect(await namesShown()).toEqual(["Ada Lovelace"]);
    expect(history.location.search).toContain("role=STAFF");
    expect(history.location.search).not.toContain("page=");
    expect(history.length).toBe(entries);
    // One search for the settled text: none for "l", "lo", "lov"…
    expect(tableInputs().map((input) => input.search)).toEqual([undefined, "lovelace"]);
    expect(tableInputs().at(-1)).toMatchObject({ search: "lovelace", role: "STAFF", page: 1 });
  });

  it("filters by role and status and sorts by a column, all through the URL", async () => {
    const { user, history } = renderApp("/users");
    expect(await namesShown()).toEqual(["Margaret Hamilton", "Katherine Johnson", "Ada Lovelace", "Alan Turing", "Grace Hopper"]);
    expect(tableInputs().at(-1)).toEqual({ page: 1, perPage: 20, sortBy: "createdAt", sortOrder: "desc" });

    await user.selectOptions(screen.getByLabelText("Role"), "ADMIN");
    await waitFor(async () => expect(await namesShown()).toEqual(["Alan Turing", "Grace Hopper"]));
    expect(history.location.search).toBe("?role=ADMIN");
    expect(tableInputs().at(-1)).toMatchObject({ role: "ADMIN", page: 1 });

    await user.click(screen.getByRole("button", { name: /name/i }));
    await waitFor(() => expect(tableInputs().at(-1)).toMatchObject({ role: "ADMIN", sortBy: "name", sortOrder: "asc" }));
    expect(history.location.search).toContain("sort=name&order=asc");
    await user.click(screen.getByRole("button", { name: /name/i }));
    await waitFor(async () => expect(await namesShown()).toEqual(["Grace Hopper", "Alan Turing"]));
    expect(tableInputs().at(-1)).toMatchObject({ role: "ADMIN", sortBy: "name", sortOrder: "desc" });

    await user.selectOptions(screen.getByLabelText("Role"), "");
    await user.selectOptions(screen.getByLabelText("Status"), "inactive");
    await waitFor(async () => expect(await namesShown()).toEqual(["Margaret Hamilton"]));
    expect(tableInputs().at(-1)).toEqual({ page: 1, perPage: 20, sortBy: "name", sortOrder: "desc", isActive: false });
    expect(history.location.search).toContain("active=inactive");
  });

  it("pages through many accounts, and a new filter starts again at page 1", async () => {
    state.users = Array.from({ length: 45 }, (_, index) => ({
      id: `6e0c2d1e-8a4b-4c3d-9e2f-${String(index).padStart(12, "0")}`,
      email: `guest${String(index).padStart(2, "0")}@example.com`,
      name: `Guest ${String(index).padStart(2, "0")}`,
      role: "CUSTOMER" as const,
      emailVerifiedAt: null,
      isActive: true,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
      lastLoginAt: null,
      deletedAt: null,
      activeSessions: 0,
      lateCancellations: 0,
      noShows: 0,
    }));
    const { user, history } = renderApp("/users?sort=name&order=asc");
    expect((await namesShown())[0]).toBe("Guest 00");
    expect(screen.getByText("Showing 1–20 of 45")).toBeInTheDocument();
    await user.click(within(screen.getByRole("navigation", { name: "Users pages" })).getByRole("button", { name: /3/ }));
    await waitFor(async () => expect((await namesShown())[0]).toBe("Guest 40"));
    expect(history.location.search).toContain("page=3");
    expect(tableInputs().at(-1)).toMatchObject({ page: 3, sortBy: "name" });

    await user.selectOptions(screen.getByLabelText("Status"), "active");
    await waitFor(() => expect(history.location.search).not.toContain("page="));
    expect(tableInputs().at(-1)).toMatchObject({ page: 1, isActive: true });
  });

  it("shows STAFF the accounts read-only, and says why", async () => {
    backend.session.user = testStaffUser({ role: "STAFF" });
    const { history } = renderApp(`/users?user=${ids.ada}`);
    const dialog = await screen.findByRole("dialog", { name: "Ada Lovelace" });
    expect(within(dialog).getByText("Only admins can change this account's role or deactivate it.")).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: /change role|deactivate|reactivate/i })).toBeNull();
    expect(within(dialog).queryByLabelText("Role")).toBeNull();
    expect(screen.getByText("You can look, not change")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Add users" })).toBeNull();

    history.push("/users/import");
    expect(await screen.findByRole("heading", { name: "Only admins can add accounts" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Or paste CSV")).toBeNull();
  });

  it("shows when each account last signed in, sorts by it with never-signed-in accounts last, and marks deleted accounts", async () => {
    const signedIn: Partial<Record<string, Date>> = { [ids.ada]: new Date("2026-03-01T12:00:00Z"), [ids.alan]: new Date("2026-02-01T12:00:00Z") };
    state.users = state.users.map((account) =>
      account.id === ids.margaret
        ? { ...account, name: "Deleted account", email: `deleted-${account.id}@deleted.invalid`, deletedAt: new Date("2026-03-02T12:00:00Z") }
        : { ...account, lastLoginAt: signedIn[account.id] ?? null },
    );
    const { user } = renderApp("/users");
    const table = await usersTable();
    const rowOf = (name: string) => within(table).getByRole("row", { name: new RegExp(name) });
    expect(within(rowOf("Deleted account")).getByText("Deleted")).toBeInTheDocument();
    expect(within(rowOf("Katherine Johnson")).getByText("Never")).toBeInTheDocument();
    // The full date is there for screen readers and on hover, not only "3 weeks ago".
    const adaSignIn = within(rowOf("Ada Lovelace")).getByText(/March 1, 2026/).closest("time");
    expect(adaSignIn).toHaveAttribute("datetime", "2026-03-01T12:00:00.000Z");
    expect(adaSignIn?.getAttribute("title")).toMatch(/2026/);

    await user.click(screen.getByRole("button", { name: /last sign-in/i }));
    await waitFor(() => expect(tableInputs().at(-1)).toMatchObject({ sortBy: "lastLoginAt", sortOrder: "asc" }));
    await waitFor(async () => expect((await namesShown()).slice(0, 2)).toEqual(["Alan Turing", "Ada Lovelace"]));
    await user.click(screen.getByRole("button", { name: /last sign-in/i }));
    await waitFor(async () => expect((await namesShown()).slice(0, 2)).toEqual(["Ada Lovelace", "Alan Turing"]));
    expect(tableInputs().at(-1)).toMatchObject({ sortBy: "lastLoginAt", sortOrder: "desc" });
  });
});
