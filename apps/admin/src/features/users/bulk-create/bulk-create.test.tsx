import { testError } from "@slotted/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render-app.tsx";
import { createUsersTestBackend } from "../users-test-backend.ts";

const { backend, state, reset } = createUsersTestBackend();
beforeAll(() => backend.api.listen());
afterEach(() => reset());
afterAll(() => backend.api.close());

async function openWithCsv(csv: string) {
  const view = renderApp("/users/import");
  const box = await screen.findByLabelText("Or paste CSV");
  await view.user.click(box);
  await view.user.paste(csv);
  return view;
}

const preview = () => screen.findByRole("table", { name: "Accounts to create" });
/** The cells of preview row `number` (counted from 1, as the preview shows it). */
async function previewRow(number: number) {
  const row = within(await preview()).getByRole("rowheader", { name: String(number) }).closest("tr");
  if (!row) throw new Error(`no preview row ${number}`);
  const [email, name, role, password] = within(row).getAllByRole("cell");
  if (!email || !name || !role || !password) throw new Error(`preview row ${number} is missing cells`);
  return { row, email, name, role, password };
}
const createButton = () => screen.getByRole("button", { name: /^Create/ });

describe("adding users from a CSV", () => {
  it("checks every row with the shared rules and marks each problem on its row and cell", async () => {
    await openWithCsv(
      [
        "email,name,role",
        "katherine.j@example.com,Katherine Johnson,staff",
        "not-an-email,Bad Email,",
        "dorothy@example.com,Dorothy Vaughan,MANAGER",
        "mary@example.com,Mary Jackson,",
        " MARY@example.com ,Mary Again,CUSTOMER",
      ].join("\n"),
    );

    const summary = await screen.findByText("4 rows have problems");
    expect(summary.closest("[data-slot=banner]")).toHaveTextContent("Row 2 (not-an-email): Email must be a valid email address");

    const fine = await previewRow(1);
    expect(fine.role).toHaveTextContent("Staff");
    expect(fine.email).not.toHaveAttribute("aria-invalid");

    const badEmail = await previewRow(2);
    expect(badEmail.email).toHaveAttribute("aria-invalid", "true");
    expect(badEmail.email).toHaveTextContent("Email must be a valid email address");
    expect(badEmail.email).toHaveAccessibleDescription("Email must be a valid email address");
    expect(badEmail.role).toHaveTextContent("Customer (default)");
    expect(badEmail.name).not.toHaveAttribute("aria-invalid");

    const unknownRole = await previewRow(3);
    expect(unknownRole.role).toHaveAttribute("aria-invalid", "true");
    expect(unknownRole.role).toHaveTextContent("Role must be one of CUSTOMER, STAFF, ADMIN");
    expect(unknownRole.row).toHaveAttribute("aria-invalid", "true");

    expect((await previewRow(4)).email).toHaveTextContent("Email is repeated in row 5 of this batch");
    expect((await previewRow(5)).email).toHaveTextContent("Email is repeated in row 4 of this batch");

    expect(createButton()).toBeDisabled();
    expect(createButton()).toHaveAccessibleDescription(/Fix the 4 rows with problems first/);
    expect(backend.callsTo("users.createMany")).toEqual([]);
  });

  it("says clearly when a batch is over 100 accounts, and a header is missing", async () => {
    const rows = Array.from({ length: 101 }, (_, index) => `guest${index}@example.com,Guest ${index}`);
    const { user } = await openWithCsv(["email,name", ...rows].join("\n"));
    expect(await screen.findByText("Too many accounts for one batch (101)")).toBeInTheDocument();
    expect(screen.getByText(/at most 100 can be created at once/)).toBeInTheDocument();
    expect(createButton()).toBeDisabled();

    await user.clear(screen.getByLabelText("Or paste CSV"));
    await user.paste("ada@example.com,Ada Lovelace,STAFF");
    expect(await screen.findByText(/The first line looks like an account, not a header/)).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Accounts to create" })).toBeNull();
    expect(createButton()).toBeDisabled();
  });

  it("puts the server's 409 for taken emails back on the rows it names", async () => {
    state.createMany = () => {
      throw testError("CONFLICT", {
        message: "1 of 2 rows use an email that already has an account; nothing was created",
        rows: [{ index: 1, field: "email", message: "already has an account" }],
      });
    };
    const { user } = await openWithCsv("email,name,role\nnew.person@example.com,New Person,STAFF\nada@example.com,Ada Lovelace,");
    expect(await screen.findByText("All 2 rows are ready to create")).toBeInTheDocument();
    await user.click(createButton());

    const taken = await previewRow(2);
    await waitFor(() => expect(taken.email).toHaveAttribute("aria-invalid", "true"));
    expect(taken.email).toHaveTextContent("Email already has an account");
    expect((await previewRow(1)).email).not.toHaveAttribute("aria-invalid");
    expect(screen.getByText("1 row has a problem")).toBeInTheDocument();
    const notice = screen.getByRole("alert");
    expect(notice).toHaveTextContent("Nothing was created");
    expect(notice).toHaveTextContent("1 of 2 rows use an email that already has an account");
    expect(within(notice).getByText(state.lastRequestId ?? "missing")).toBeInTheDocument();
    expect(createButton()).toBeDisabled();

    // Editing the CSV clears the server's marks: they were about the rows it was sent.
    await user.clear(screen.getByLabelText("Or paste CSV"));
    await user.paste("email,name,role\nnew.person@example.com,New Person,STAFF");
    expect(await screen.findByText("The row is ready to create")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("puts the server's 400 issues (users.<row>.<field>) on their cells", async () => {
    state.createMany = () => {
      throw testError("BAD_REQUEST", {
        issues: [
          { path: "users.0.name", message: "must be at most 100 characters" },
          { path: "users.1.password", message: "is one of the most common passwords; choose another" },
        ],
      });
    };
    const { user } = await openWithCsv("email,name,password\nfirst@example.com,First Person,\nsecond@example.com,Second Person,river-lantern-42");
    await user.click(await screen.findByRole("button", { name: "Create 2 accounts" }));

    const first = await previewRow(1);
    await waitFor(() => expect(first.name).toHaveTextContent("Name must be at most 100 characters"));
    expect(first.name).toHaveAttribute("aria-invalid", "true");
    expect((await previewRow(2)).password).toHaveTextContent("Password is one of the most common passwords; choose another");
    expect(screen.getByText("2 rows have problems")).toBeInTheDocument();
  });

  it("creates the batch from a file in one call and shows each temporary password once, to copy", async () => {
    const { user } = renderApp("/users/import");
    const file = new File(
      ["email,name,role,password\r\nKatherine.J@Example.com,Katherine Johnson,STAFF,\r\ndorothy@example.com,Dorothy Vaughan,,orbit-lantern-plum-7\r\n"],
      "team.csv",
      { type: "text/csv" },
    );
    await user.upload(await screen.findByLabelText("CSV file"), file);
    const box = await screen.findByLabelText<HTMLTextAreaElement>("Or paste CSV");
    await waitFor(() => expect(box.value).toContain("dorothy@example.com,Dorothy Vaughan,,orbit-lantern-plum-7"));
    await user.click(await screen.findByRole("button", { name: "Create 2 accounts" }));

    expect(await screen.findByRole("heading", { name: "Created 2 accounts" })).toBeInTheDocument();
    expect(backend.callsTo("users.createMany")).toEqual([
      {
        users: [
          { email: "katherine.j@example.com", name: "Katherine Johnson", role: "STAFF" },
          { email: "dorothy@example.com", name: "Dorothy Vaughan", role: "CUSTOMER", password: "orbit-lantern-plum-7" },
        ],
      },
    ]);
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();
    const created = screen.getByRole("table", { name: "Created accounts" });
    expect(within(created).getByText("tmp-katherine.j-Kx82-pq5v-Zt7m")).toBeInTheDocument();
    expect(within(created).getByText("Set from your CSV")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Copy all as CSV" }));
    expect(await screen.findByText("Copied 2 accounts as CSV.")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      "email,name,role,temporaryPassword\r\nkatherine.j@example.com,Katherine Johnson,STAFF,tmp-katherine.j-Kx82-pq5v-Zt7m\r\ndorothy@example.com,Dorothy Vaughan,CUSTOMER,",
    );
  });

  it("asks before leaving while the temporary passwords are not yet copied", async () => {
    const { user, history } = await openWithCsv("email,name\nnew.person@example.com,New Person");
    await user.click(await screen.findByRole("button", { name: "Create 1 account" }));
    await screen.findByRole("heading", { name: "Created 1 account" });

    await user.click(screen.getByRole("link", { name: "Back to users" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Leave without the passwords?" });
    await user.click(within(confirm).getByRole("button", { name: "Stay and copy them" }));
    expect(history.location.pathname).toBe("/users/import");

    await user.click(screen.getByRole("button", { name: "Copy all as CSV" }));
    await user.click(await screen.findByRole("link", { name: "Back to users" }));
    await waitFor(() => expect(history.location.pathname).toBe("/users"));
  });
});
