import { testError } from "@slotted/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => {
  backend.reset();
  vi.restoreAllMocks();
});
afterAll(() => backend.api.close());

/** jsdom has no object URLs: record the blobs handed over and the links clicked instead. */
function watchDownloads() {
  const blobs: Blob[] = [];
  const clicked: { download: string; href: string }[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
  return { blobs, clicked };
}

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.readAsText(blob);
  });

describe("downloading my data", () => {
  it("fetches the export and saves it as slotted-export-<date>.json, saying so to screen readers", async () => {
    const downloads = watchDownloads();
    const { user } = renderApp("/account");
    await user.click(await screen.findByRole("button", { name: "Download my data" }));

    const status = await screen.findByText("Downloaded as slotted-export-2026-03-04.json.");
    expect(status).toHaveAttribute("role", "status");
    expect(backend.callsTo("auth.exportData")).toHaveLength(1);
    expect(downloads.clicked).toEqual([{ download: "slotted-export-2026-03-04.json", href: "blob:test/1" }]);
    const saved = JSON.parse(await blobText(downloads.blobs[0]!)) as { profile: { email: string }; exportedAt: string };
    expect(saved.profile.email).toBe(backend.state.user?.email);
    expect(saved.exportedAt).toBe("2026-03-04T10:00:00.000Z");
    // The temporary link is gone again.
    expect(document.querySelector("a[download]")).toBeNull();
  });

  it("says what went wrong when the export fails, and saves nothing", async () => {
    const downloads = watchDownloads();
    backend.state.override["auth.exportData"] = () => {
      throw testError("INTERNAL_SERVER_ERROR", { message: "Something went wrong on our side" });
    };
    const { user } = renderApp("/account");
    await user.click(await screen.findByRole("button", { name: "Download my data" }));
    expect(await screen.findByText("We couldn't prepare your data")).toBeInTheDocument();
    expect(downloads.clicked).toEqual([]);
  });
});

describe("deleting my account", () => {
  it("explains what happens, asks for the password in a dialog, and keeps the account on Cancel", async () => {
    const { user } = renderApp("/account");
    const section = await screen.findByRole("region", { name: "Delete your account" });
    expect(section).toHaveTextContent("Bookings still ahead are cancelled");
    expect(section).toHaveTextContent("register again with the same email");
    const trigger = within(section).getByRole("button", { name: "Delete my account…" });
    await user.click(trigger);

    const dialog = await screen.findByRole("dialog", { name: "Delete your account?" });
    await waitFor(() => expect(within(dialog).getByLabelText(/^Password/)).toHaveFocus());
    await user.click(within(dialog).getByRole("button", { name: "Keep my account" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();
    expect(backend.callsTo("auth.deleteAccount")).toEqual([]);
  });

  it("puts a wrong password on the field, then deletes, signs out and confirms", async () => {
    backend.state.override["auth.deleteAccount"] = (input, _ctx, next) => {
      if ((input as { password: string }).password !== "correct horse battery") {
        throw testError("BAD_REQUEST", { issues: [{ path: "password", message: "is incorrect" }] });
      }
      return next();
    };
    const { user, history } = renderApp("/account");
    await user.click(await screen.findByRole("button", { name: "Delete my account…" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete your account?" });
    const password = within(dialog).getByLabelText(/^Password/);

    await user.click(within(dialog).getByRole("button", { name: "Delete my account" }));
    await waitFor(() => expect(password).toHaveAttribute("aria-invalid", "true"));
    expect(password).toHaveAccessibleDescription(/Password/);
    expect(backend.callsTo("auth.deleteAccount")).toEqual([]);

    await user.type(password, "not it");
    await user.click(within(dialog).getByRole("button", { name: "Delete my account" }));
    expect(await within(dialog).findByText("Password is incorrect")).toBeInTheDocument();
    expect(password).toHaveFocus();
    expect(password).toHaveAttribute("aria-invalid", "true");

    await user.clear(password);
    await user.type(password, "correct horse battery");
    await user.click(within(dialog).getByRole("button", { name: "Delete my account" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your account is deleted" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/account-deleted");
    expect(screen.getByText(/We cancelled your upcoming booking/)).toBeInTheDocument();
    expect(backend.callsTo("auth.deleteAccount").at(-1)).toEqual({ password: "correct horse battery" });

    // Signed out here too: the header offers to sign in.
    expect(await screen.findByRole("link", { name: "Sign in" })).toBeInTheDocument();
  });
});
