import type { RouterInputs, RouterOutputs } from "@slotted/client";
import { mergeTestRouters, testProcedure, testRouter } from "@slotted/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAdminBackend, testStaffUser } from "../../test/admin-backend.ts";
import { renderApp } from "../../test/render-app.tsx";
import { ids, usersTestRouter, venueUsers, type UsersState } from "../users/users-test-backend.ts";

type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];
type AuditListInput = RouterInputs["audit"]["list"];

const bookingId = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
const grace = { id: ids.grace, email: "grace@slotted.test", name: "Grace Hopper" };
const ada = { id: ids.ada, email: "ada@example.com", name: "Ada Lovelace" };

/** One of each kind of entry the server writes (see recordAudit's callers in packages/core). */
const entries: AuditEntry[] = [
  {
    id: "1e2d3c4b-5a69-4788-9a0b-000000000001",
    actor: grace,
    action: "user.role_changed",
    targetType: "user",
    targetId: ids.alan,
    requestId: "req-role-7f3a",
    changes: { role: { from: "ADMIN", to: "STAFF" } },
    createdAt: new Date("2026-03-02T10:15:00Z"),
  },
  {
    id: "1e2d3c4b-5a69-4788-9a0b-000000000002",
    actor: ada,
    action: "booking.cancelled",
    targetType: "booking",
    targetId: bookingId,
    requestId: "req-cancel-91bc",
    changes: { status: { from: "CONFIRMED", to: "CANCELLED" }, reason: "Guest called to cancel", reference: "SLT-7K2M9Q" },
    createdAt: new Date("2026-03-02T09:00:00Z"),
  },
  {
    id: "1e2d3c4b-5a69-4788-9a0b-000000000003",
    actor: grace,
    action: "users.bulk_created",
    targetType: "user",
    targetId: null,
    requestId: "req-bulk-22aa",
    changes: { count: 2, userIds: [ids.katherine, ids.margaret] },
    createdAt: new Date("2026-03-01T16:30:00Z"),
  },
  {
    id: "1e2d3c4b-5a69-4788-9a0b-000000000004",
    actor: null,
    action: "user.bootstrap_admin_created",
    targetType: "user",
    targetId: ids.grace,
    requestId: null,
    changes: { role: "ADMIN", source: "ADMIN_EMAIL" },
    createdAt: new Date("2026-01-01T09:00:00Z"),
  },
];

const usersState: UsersState = { users: venueUsers(), update: undefined, createMany: undefined, lastRequestId: undefined };
const backend = createAdminBackend((tools) =>
  mergeTestRouters(
    usersTestRouter(tools, usersState),
    testRouter({
      audit: testRouter({
        list: testProcedure.input((input) => input as AuditListInput).query(({ input }) => {
          tools.record("audit.list", input);
          tools.signedIn();
          const items = entries.filter(
            (entry) =>
              (!input.actorId || entry.actor?.id === input.actorId) &&
              (!input.action || entry.action === input.action) &&
              (!input.targetType || entry.targetType === input.targetType) &&
              (!input.targetId || entry.targetId === input.targetId),
          );
          const ordered = input.sortOrder === "asc" ? [...items].reverse() : items;
          return { items: ordered, total: ordered.length, totalIsExact: true, page: Number(input.page ?? 1), perPage: 25, totalPages: 1, hasNext: false, hasPrev: false };
        }),
      }),
    }),
  ),
);
beforeAll(() => backend.api.listen());
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

const lastInput = () => backend.callsTo("audit.list").at(-1) as AuditListInput | undefined;
const entryRow = async (text: string) => {
  const table = await screen.findByRole("table", { name: "Audit log" });
  const row = within(table).getByText(text).closest("tr");
  if (!row) throw new Error(`no audit row with ${text}`);
  return row;
};

describe("the audit log", () => {
  it("asks audit.list for exactly what the URL holds, newest first by default", async () => {
    renderApp("/audit");
    await screen.findByRole("table", { name: "Audit log" });
    expect(lastInput()).toEqual({ page: 1, perPage: 25, sortOrder: "desc" });
  });

  it("reads actor, action, target type, target and order from the URL and shows them in the filters", async () => {
    renderApp(`/audit?actor=${ids.grace}&action=user.role_changed&targetType=user&target=${ids.alan}&order=asc`);
    await screen.findByRole("table", { name: "Audit log" });
    expect(lastInput()).toEqual({
      page: 1,
      perPage: 25,
      sortOrder: "asc",
      actorId: ids.grace,
      action: "user.role_changed",
      targetType: "user",
      targetId: ids.alan,
    });
    expect(screen.getByLabelText("Action")).toHaveValue("user.role_changed");
    expect(screen.getByLabelText("Target type")).toHaveValue("user");
    expect(screen.getByLabelText("Target ID")).toHaveValue(ids.alan);
    // The URL holds the ID; the box shows whose it is.
    await waitFor(() => expect(screen.getByLabelText("Actor")).toHaveValue("grace@slotted.test"));
    expect(screen.getByText(/Changes made by/)).toHaveTextContent("Grace Hopper (grace@slotted.test)");
  });

  it("turns each filter into the URL and the audit.list input, resolving an actor's email to their ID", async () => {
    const { user, history } = renderApp("/audit?page=2");
    await screen.findByRole("table", { name: "Audit log" });

    await user.selectOptions(screen.getByLabelText("Action"), "booking.cancelled");
    await waitFor(() => expect(history.location.search).toBe("?action=booking.cancelled"));
    expect(lastInput()).toMatchObject({ action: "booking.cancelled", page: 1 });

    await user.selectOptions(screen.getByLabelText("Target type"), "booking");
    await user.type(screen.getByLabelText("Actor"), "ADA@example.com");
    await user.type(screen.getByLabelText("Target ID"), bookingId);
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(history.location.search).toContain(`actor=${ids.ada}`));
    expect(history.location.search).toContain(`target=${bookingId}`);
    expect(lastInput()).toEqual({ page: 1, perPage: 25, sortOrder: "desc", actorId: ids.ada, action: "booking.cancelled", targetType: "booking", targetId: bookingId });
    expect(await entryRow("SLT-7K2M9Q")).toBeInTheDocument();

    // Another action, typed by name; a pasted user ID is taken as it is.
    await user.selectOptions(screen.getByLabelText("Action"), "Another action (type its name)");
    await user.type(screen.getByLabelText("Action name"), "user.renamed");
    await user.clear(screen.getByLabelText("Actor"));
    await user.type(screen.getByLabelText("Actor"), ids.alan);
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(lastInput()).toMatchObject({ action: "user.renamed", actorId: ids.alan }));
    expect(history.location.search).toContain("action=user.renamed");
  });

  it("says so when the actor typed matches no account, or more than one", async () => {
    const { user } = renderApp("/audit");
    await screen.findByRole("table", { name: "Audit log" });
    await user.type(screen.getByLabelText("Actor"), "nobody@example.com");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(await screen.findByText(/No account matches “nobody@example.com”/)).toBeInTheDocument();
    expect(screen.getByLabelText("Actor")).toHaveAttribute("aria-invalid", "true");

    await user.clear(screen.getByLabelText("Actor"));
    await user.type(screen.getByLabelText("Actor"), "example.com");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(await screen.findByText(/accounts match “example.com”. Type the full email/)).toBeInTheDocument();
    expect(backend.callsTo("audit.list").every((input) => (input as AuditListInput).actorId === undefined)).toBe(true);
  });

  it("shows each entry in words, with links to the people, accounts and bookings involved", async () => {
    renderApp("/audit");
    const roleChange = await entryRow("Changed a role");
    expect(within(roleChange).getByRole("link", { name: "Grace Hopper" })).toHaveAttribute("href", `/users?user=${ids.grace}`);
    // The changed account is named once its details load.
    expect(await within(roleChange).findByRole("link", { name: "Alan Turing" })).toHaveAttribute("href", `/users?user=${ids.alan}`);
    expect(roleChange).toHaveTextContent("Role: admin → staff");
    expect(roleChange).toHaveTextContent("req-role-7f3a");

    const cancelled = await entryRow("Cancelled a booking");
    expect(within(cancelled).getByRole("link", { name: "SLT-7K2M9Q" })).toHaveAttribute("href", `/bookings?booking=${bookingId}`);
    expect(within(cancelled).getByRole("link", { name: "Ada Lovelace" })).toHaveAttribute("href", `/users?user=${ids.ada}`);
    expect(cancelled).toHaveTextContent("Status: confirmed → cancelled");
    expect(cancelled).toHaveTextContent("Reason: “Guest called to cancel”");

    const bulk = await entryRow("Added accounts in bulk");
    expect(bulk).toHaveTextContent("2 accounts created");
    expect(within(bulk).getByRole("link", { name: "Margaret Hamilton" })).toHaveAttribute("href", `/users?user=${ids.margaret}`);
    expect(within(bulk).getByRole("link", { name: "Katherine Johnson" })).toHaveAttribute("href", `/users?user=${ids.katherine}`);

    const bootstrap = await entryRow("Created the first admin");
    expect(bootstrap).toHaveTextContent("Slotted itself");
    expect(bootstrap).toHaveTextContent("From ADMIN_EMAIL at start-up");
  });

  it("needs audit:read: STAFF are told why, and nothing is asked of the server", async () => {
    backend.session.user = testStaffUser({ role: "STAFF" });
    renderApp("/audit");
    expect(await screen.findByRole("heading", { level: 1, name: "Not available to your role" })).toBeInTheDocument();
    expect(backend.callsTo("audit.list")).toEqual([]);
  });
});
