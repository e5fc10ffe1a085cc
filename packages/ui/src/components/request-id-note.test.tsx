import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { RequestIdNote } from "./request-id-note.tsx";

describe("RequestIdNote", () => {
  it("shows the reference in a selectable block with the contact hint", () => {
    render(<RequestIdNote requestId="req_7f3a9c" />);
    expect(screen.getByText(/^Reference:/)).toHaveTextContent("Reference: req_7f3a9c — quote this if you contact us");
    expect(screen.getByText("req_7f3a9c")).toHaveClass("select-all");
  });

  it("copies the reference to the clipboard and says so", async () => {
    // user-event installs a clipboard stub on navigator.
    const user = userEvent.setup();
    render(<RequestIdNote requestId="req_7f3a9c" />);
    await user.click(screen.getByRole("button", { name: "Copy reference" }));
    await expect(navigator.clipboard.readText()).resolves.toBe("req_7f3a9c");
    expect(await screen.findByRole("status")).toHaveTextContent("Reference copied");
  });
});
