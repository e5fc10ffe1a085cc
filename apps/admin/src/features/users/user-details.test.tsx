import { testError } from "@slotted/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createUsersTestBackend, ids } from "./users-test-backend.ts";

const { backend, state, reset, tableInputs } = createUsersTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => reset());
afterAll(() => backend.api.close());

const lastRoleOrActivationMessage = "The last active admin cannot be demoted or deactivated";

describe("a user's details", () => {
  it("opens from the URL and from the list, with role, status, sessions and a way to their bookings", async () => {
    const { user, history } = renderApp("/users");
    await user.click(await screen.findByRole("link", { name: "Ada Lovelace" }));
    const dialog = await screen.findByRole("dialog", { name: "Ada Lovelace" });
    expect(history.location.search).toBe(`?user=${ids.ada}`);
    expect(dialog).toHaveTextContent("ada@example.com");
    expect(dialog).toHaveTextContent("Staff");
    expect(dialog).toHaveTextContent("Active");
    expect(dialog).toHaveTextContent("2 devices (active sessions)");
    expect(within(dialog).getByRole("link", { name: /Ada Lovelace.s bookings/ })).toHaveAttribute("href", `/bookings?view=list&customer=${ids.ada}`);

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(history.location.search).toBe("");
  });

  it("changes a role only after a confirmation that says what it means, then refreshes the list", async () => {
    const { user } = renderApp(`/users?user=${ids.alan}`);
    const dialog = await screen.findByRole("dialog", { name: "Alan Turing" });
    await user.selectOptions(await within(dialog).findByLabelText("Role"), "STAFF");
    await user.click(within(dialog).getByRole("button", { name: "Change role" }));

    const confirm = await screen.findByRole("alertdialog", { name: "Make Alan Turing staff?" });
    expect(confirm).toHaveTextContent("not change accounts or see the audit log");
    expect(backend.callsTo("users.update")).toEqual([]);
    const listsBefore = tableInputs().length;
    await user.click(within(confirm).getByRole("button", { name: "Make staff" }));

    expect(await screen.findByText("Alan Turing is now staff")).toBeInTheDocument();
    expect(backend.callsTo("users.update")).toEqual([{ id: ids.alan, role: "STAFF" }]);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(tableInputs().length).toBeGreaterThan(listsBefore));
    expect(await within(dialog).findByText("Staff", { selector: "[data-tone]" })).toBeInTheDocument();
  });

  it("says that deactivating signs the person out everywhere before doing it", async () => {
    const { user } = renderApp(`/users?user=${ids.ada}`);
    const dialog = await screen.findByRole("dialog", { name: "Ada Lovelace" });
    await user.click(await within(dialog).findByRole("button", { name: "Deactivate account" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Deactivate Ada Lovelace?" });
    expect(confirm).toHaveTextContent("signed out everywhere");
    expect(confirm).toHaveTextContent("ends their 2 active sessions");
    await user.click(within(confirm).getByRole("button", { name: "Deactivate and sign out" }));

    expect(await screen.findByText("Ada Lovelace was deactivated and signed out everywhere")).toBeInTheDocument();
    expect(backend.callsTo("users.update")).toEqual([{ id: ids.ada, isActive: false }]);
    expect(await within(dialog).findByRole("button", { name: "Reactivate account" })).toBeInTheDocument();
  });

  it("explains, instead of offering, why you can't demote or deactivate yourself", async () => {
    renderApp(`/users?user=${ids.grace}`);
    const dialog = await screen.findByRole("dialog", { name: "Grace Hopper" });
    expect(await within(dialog).findByText(/You can't change your own role or deactivate your own account/)).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: /change role|deactivate/i })).toBeNull();
    expect(within(dialog).queryByLabelText("Role")).toBeNull();
  });

  it("explains, instead of offering, why the last active admin stays one", async () => {
    // Alan is the only active admin the server counts (say another admin was just removed).
    state.users = state.users.filter((account) => account.id !== ids.grace);
    renderApp(`/users?user=${ids.alan}`);
    const dialog = await screen.findByRole("dialog", { name: "Alan Turing" });
    expect(await within(dialog).findByText(/Alan Turing is the only active admin/)).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: /change role|deactivate/i })).toBeNull();
    expect(backend.callsTo("users.list")).toContainEqual({ role: "ADMIN", isActive: true, perPage: 1 });
  });

  it("shows the server's 409 with its request ID, and changes nothing", async () => {
    state.update = () => {
      throw testError("CONFLICT", { message: lastRoleOrActivationMessage });
    };
    const { user } = renderApp(`/users?user=${ids.alan}`);
    const dialog = await screen.findByRole("dialog", { name: "Alan Turing" });
    await user.click(await within(dialog).findByRole("button", { name: "Deactivate account" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Deactivate Alan Turing?" });
    await user.click(within(confirm).getByRole("button", { name: "Deactivate and sign out" }));

    const alert = await within(confirm).findByRole("alert");
    expect(alert).toHaveTextContent("Nothing was changed");
    expect(alert).toHaveTextContent(lastRoleOrActivationMessage);
    const reference = within(confirm).getByText((_, element) => element?.getAttribute("data-slot") === "request-id");
    expect(reference.textContent).toBe(state.lastRequestId);
    expect(state.lastRequestId).toBeTruthy();
    expect(state.users.find((account) => account.id === ids.alan)).toMatchObject({ role: "ADMIN", isActive: true });
  });

  it("marks an account its owner deleted, and offers no change to it", async () => {
    state.users = state.users.map((account) =>
      account.id === ids.katherine ? { ...account, name: "Deleted account", isActive: false, deletedAt: new Date("2026-03-02T12:00:00Z"), activeSessions: 0 } : account,
    );
    renderApp(`/users?user=${ids.katherine}`);
    const dialog = await screen.findByRole("dialog", { name: "Deleted account" });
    expect(within(dialog).getByText("Deleted")).toBeInTheDocument();
    expect(within(dialog).queryByText("Deactivated")).toBeNull();
    expect(dialog).toHaveTextContent("Its owner deleted this account");
    expect(within(dialog).queryByRole("button", { name: /change role|deactivate|reactivate/i })).toBeNull();
  });
});
