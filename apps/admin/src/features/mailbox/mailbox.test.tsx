import type { RouterInputs, RouterOutputs } from "@slotted/client";
import { testProcedure, testRouter } from "@slotted/client/testing";
import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAdminBackend } from "../../test/admin-backend.ts";
import { renderApp } from "../../test/render-app.tsx";

type Mail = RouterOutputs["mailbox"]["list"]["items"][number];
type MailboxListInput = RouterInputs["mailbox"]["list"];

const resetMail: Mail = {
  id: "5a1b2c3d-4e5f-4a6b-8c7d-000000000001",
  jobId: "job-42",
  template: "password-reset",
  to: "ada@example.com",
  from: "Slotted <no-reply@slotted.test>",
  subject: "Reset your Slotted password",
  text: "Open this link within 30 minutes:\nhttps://slotted.test/reset-password?token=abc",
  html: "<p>Open <a href=\"https://slotted.test/reset-password?token=abc\">this link</a></p>",
  createdAt: new Date("2026-03-02T10:15:00Z"),
};

const mails: { items: Mail[] } = { items: [resetMail] };
const backend = createAdminBackend((tools) =>
  testRouter({
    mailbox: testRouter({
      list: testProcedure.input((input) => input as MailboxListInput).query(({ input }) => {
        tools.record("mailbox.list", input);
        tools.signedIn();
        const total = mails.items.length;
        return { items: mails.items, total, totalIsExact: true, page: 1, perPage: 20, totalPages: total === 0 ? 0 : 1, hasNext: false, hasPrev: false };
      }),
    }),
  }),
);
beforeAll(() => backend.api.listen());
afterEach(() => {
  mails.items = [resetMail];
  backend.reset();
});
afterAll(() => backend.api.close());

describe("the mailbox", () => {
  it("lists kept mail and opens one: text in a pre, HTML in a sandboxed frame", async () => {
    const { user, history } = renderApp("/mailbox");
    const table = await screen.findByRole("table", { name: "Mailbox" });
    expect(backend.callsTo("mailbox.list").at(-1)).toEqual({ page: 1, perPage: 20 });
    expect(within(table).getByText("ada@example.com")).toBeInTheDocument();
    expect(within(table).getByText("password-reset")).toBeInTheDocument();

    await user.click(within(table).getByRole("link", { name: "Reset your Slotted password" }));
    const opened = await screen.findByRole("region", { name: "Reset your Slotted password" });
    expect(history.location.search).toBe(`?mail=${resetMail.id}`);
    expect(opened.querySelector("pre")).toHaveTextContent("Open this link within 30 minutes:");
    const frame = within(opened).getByTitle("HTML of “Reset your Slotted password”");
    expect(frame).toHaveAttribute("sandbox", "allow-same-origin");
    expect(frame).toHaveAttribute("srcdoc", resetMail.html);

    await user.click(within(opened).getByRole("button", { name: "Close mail" }));
    expect(screen.queryByRole("region", { name: "Reset your Slotted password" })).not.toBeInTheDocument();
  });

  it("says where mail comes from when there is none", async () => {
    mails.items = [];
    renderApp("/mailbox");
    expect(await screen.findByRole("heading", { name: "No mail yet" })).toBeInTheDocument();
    expect(screen.getByText("Mail sent while no SMTP server is configured appears here.")).toBeInTheDocument();
  });
});
