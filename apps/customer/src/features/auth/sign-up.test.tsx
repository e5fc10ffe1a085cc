import { testError } from "@slotted/client/testing";
import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  backend.state.user = null;
});
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

/** The inline error a field points at with aria-describedby. */
function errorOf(field: HTMLElement): string {
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

async function openSignUp() {
  const view = renderApp("/sign-up");
  await screen.findByRole("heading", { level: 1, name: "Create your account" });
  return view;
}

describe("sign-up form", () => {
  it("checks the fields in the browser with the server's schema before sending anything", async () => {
    const { user } = await openSignUp();
    await user.type(screen.getByLabelText(/^Email/), "not-an-email");
    await user.type(screen.getByLabelText(/^Password/), "password123");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    const name = screen.getByLabelText(/^Your name/);
    const email = screen.getByLabelText(/^Email/);
    const password = screen.getByLabelText(/^Password/);
    expect(await screen.findByText("Your name is required")).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(email)).toContain("Email must be a valid email address");
    // The shared common-password rule, not a copy of it.
    expect(errorOf(password)).toContain("Password is one of the most common passwords; choose another");
    expect(name).toHaveFocus();
    expect(backend.callsTo("auth.register")).toHaveLength(0);
  });

  it("puts the server's field errors on the same fields, with the request ID to quote", async () => {
    backend.state.override["auth.register"] = () => {
      throw testError("BAD_REQUEST", { issues: [{ path: "name", message: "must not contain a web address" }] });
    };
    const { user } = await openSignUp();
    await user.type(screen.getByLabelText(/^Your name/), "Ada www.example.com");
    await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
    await user.type(screen.getByLabelText(/^Password/), "a long and unusual phrase");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    const name = screen.getByLabelText(/^Your name/);
    expect(await screen.findByText("Your name must not contain a web address")).toBeInTheDocument();
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(name)).toContain("Your name must not contain a web address");
    expect(name).toHaveFocus();

    const sent = backend.api.requests.find((request) => request.paths.includes("auth.register"));
    expect(sent?.requestId).toBeTruthy();
    expect(screen.getByText(sent?.requestId ?? "missing")).toBeInTheDocument();
  });

  it("shows a taken email next to the email field", async () => {
    backend.state.override["auth.register"] = () => {
      throw testError("CONFLICT", { message: "An account with this email already exists" });
    };
    const { user } = await openSignUp();
    await user.type(screen.getByLabelText(/^Your name/), "Ada");
    await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
    await user.type(screen.getByLabelText(/^Password/), "a long and unusual phrase");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    const email = screen.getByLabelText(/^Email/);
    await screen.findByText("An account with this email already exists");
    expect(errorOf(email)).toContain("An account with this email already exists");
  });

  it("signs the new customer in and goes on to book", async () => {
    const { user } = await openSignUp();
    await user.type(screen.getByLabelText(/^Your name/), "Grace Hopper");
    await user.type(screen.getByLabelText(/^Email/), "grace@example.com");
    await user.type(screen.getByLabelText(/^Password/), "a long and unusual phrase");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Book a table" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "My bookings" })).toBeInTheDocument();
    expect(backend.callsTo("auth.register")).toEqual([{ name: "Grace Hopper", email: "grace@example.com", password: "a long and unusual phrase" }]);
  });
});
