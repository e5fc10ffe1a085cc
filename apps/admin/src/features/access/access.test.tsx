import { screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAdminBackend, testStaffUser } from "../../test/admin-backend.ts";
import { renderApp } from "../../test/render-app.tsx";

const backend = createAdminBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

describe("who may use the console", () => {
  it("sends a signed-out visitor to sign in, and back to the page they asked for", async () => {
    backend.session.user = null;
    const { history } = renderApp("/no-access");
    // /no-access itself needs no session; a console page does.
    expect(await screen.findByRole("heading", { level: 1, name: "No access to the console" })).toBeInTheDocument();
    history.push("/bookings?status=PENDING");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to the console" })).toBeInTheDocument();
    expect(history.location.search).toContain("redirect=%2Fbookings%3Fstatus%3DPENDING");
  });

  it("tells a customer who signs in that the console is not for them, instead of showing it", async () => {
    backend.session.user = null;
    backend.session.account = testStaffUser({ role: "CUSTOMER", email: "ada@example.com" });
    const { user } = renderApp("/sign-in");
    await user.type(await screen.findByLabelText(/email/i), "ada@example.com");
    await user.type(screen.getByLabelText(/password/i), "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("heading", { level: 1, name: "No access to the console" })).toBeInTheDocument();
    expect(screen.getByText("ada@example.com")).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Console" })).not.toBeInTheDocument();
  });

  it("shows STAFF the sections their permissions open, and on any other page what it needs", async () => {
    backend.session.user = testStaffUser({ role: "STAFF" });
    const { history } = renderApp("/system");
    expect(await screen.findByRole("heading", { level: 1, name: "Not available to your role" })).toBeInTheDocument();
    expect(screen.getByText(/STAFF role, which cannot see system health/)).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Console" });
    expect(nav).toHaveTextContent("Bookings");
    expect(nav).not.toHaveTextContent("System");
    expect(nav).not.toHaveTextContent("Audit log");
    expect(nav).not.toHaveTextContent("Mailbox");
    expect(nav).toHaveTextContent("Users");
    expect(history.location.pathname).toBe("/system");

    history.push("/audit");
    expect(await screen.findByText(/STAFF role, which cannot read the audit log/)).toBeInTheDocument();
  });

  it("shows ADMIN every section", async () => {
    const { history } = renderApp("/");
    const nav = await screen.findByRole("navigation", { name: "Console" });
    for (const section of ["Dashboard", "Bookings", "Users", "System", "Audit log", "Mailbox"]) expect(nav).toHaveTextContent(section);
    expect(history.location.pathname).toBe("/");
  });
});
