import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../test/render-app.tsx";
import { createTestBackend } from "../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

describe("moving around the app", () => {
  it("names each page in the tab title and moves focus to its heading after a navigation", async () => {
    const { user } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Book a table in under a minute" });
    expect(document.title).toBe("Book a table in under a minute · Slotted");

    const nav = screen.getByRole("navigation", { name: "Main" });
    await user.click(await within(nav).findByRole("link", { name: "My bookings" }));
    const heading = await screen.findByRole("heading", { level: 1, name: "My bookings" });
    expect(heading).toHaveFocus();
    expect(document.title).toBe("My bookings · Slotted");
  });

  it("offers a skip link first, which moves focus to the page's content", async () => {
    const { user } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Book a table in under a minute" });

    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("signs out, forgets the account's data and shows the signed-out header", async () => {
    const { user, history } = renderApp("/bookings");
    await screen.findByRole("heading", { level: 1, name: "My bookings" });
    await user.click(within(screen.getByRole("navigation", { name: "Main" })).getByRole("button", { name: "Sign out" }));

    expect(await within(screen.getByRole("navigation", { name: "Main" })).findByRole("link", { name: "Sign in" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/");
    expect(backend.callsTo("auth.logout")).toHaveLength(1);
  });
});
