import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createUsersTestBackend, ids } from "./users-test-backend.ts";

const { backend, state, reset } = createUsersTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => reset());
afterAll(() => backend.api.close());

describe("a customer's booking record in their details", () => {
  it("shows late cancellations and no-shows", async () => {
    state.users = state.users.map((user) => (user.id === ids.katherine ? { ...user, lateCancellations: 2, noShows: 1 } : user));
    renderApp(`/users?user=${ids.katherine}`);
    const dialog = await screen.findByRole("dialog", { name: "Katherine Johnson" });
    const record = within(dialog);
    expect(record.getByText("Late cancellations").nextElementSibling).toHaveTextContent("2 times");
    expect(record.getByText("No-shows").nextElementSibling).toHaveTextContent("Once");
  });

  it("says None for a clean record", async () => {
    renderApp(`/users?user=${ids.ada}`);
    const dialog = await screen.findByRole("dialog", { name: "Ada Lovelace" });
    expect(within(dialog).getByText("Late cancellations").nextElementSibling).toHaveTextContent("None");
    expect(within(dialog).getByText("No-shows").nextElementSibling).toHaveTextContent("None");
  });
});
