import { useState } from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";
import { ConfirmDialog, type ConfirmDialogProps } from "./confirm-dialog.tsx";

type HarnessProps = Partial<Pick<ConfirmDialogProps, "onConfirm" | "pending" | "tone" | "children">>;

function CancelBooking({ onConfirm = vi.fn(), pending, tone = "destructive", children }: HarnessProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Cancel booking</Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Cancel this booking?"
        description="The table is released for other guests."
        confirmLabel="Yes, cancel it"
        cancelLabel="Keep booking"
        tone={tone}
        onConfirm={onConfirm}
        pending={pending}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("ConfirmDialog", () => {
  it("opens as a named alert dialog with focus on the safe choice", async () => {
    const user = userEvent.setup();
    render(<CancelBooking />);
    await user.click(screen.getByRole("button", { name: "Cancel booking" }));
    const dialog = screen.getByRole("alertdialog", { name: "Cancel this booking?" });
    expect(dialog).toHaveAccessibleDescription("The table is released for other guests.");
    expect(screen.getByRole("button", { name: "Keep booking" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Yes, cancel it" })).toHaveClass("bg-danger");
  });

  it("traps focus, closes on Escape and returns focus to the opener", async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<CancelBooking onConfirm={onConfirm} />);
    const opener = screen.getByRole("button", { name: "Cancel booking" });
    await user.click(opener);
    const dialog = screen.getByRole("alertdialog");
    for (let step = 0; step < 4; step++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("confirms once however often it is clicked, and stays put while the work runs", async () => {
    const user = userEvent.setup();
    const work = deferred();
    const onConfirm = vi.fn(() => work.promise);
    render(<CancelBooking onConfirm={onConfirm} />);
    await user.click(screen.getByRole("button", { name: "Cancel booking" }));
    const confirm = screen.getByRole("button", { name: "Yes, cancel it" });

    await user.dblClick(confirm);
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("button", { name: "Keep booking" })).toBeDisabled();
    expect(screen.getByRole("alertdialog")).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard("{Escape}");
    expect(screen.getByRole("alertdialog")).toBeInTheDocument();

    await act(async () => {
      work.resolve();
      await work.promise;
    });
    expect(confirm).toBeEnabled();
  });

  it("disables both choices while the caller reports pending", async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<CancelBooking onConfirm={onConfirm} pending />);
    await user.click(screen.getByRole("button", { name: "Cancel booking" }));
    const confirm = screen.getByRole("button", { name: "Yes, cancel it" });
    expect(confirm).toBeDisabled();
    expect(screen.getByRole("button", { name: "Keep booking" })).toBeDisabled();
    await user.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("stays open for another try when the confirm fails", async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn().mockRejectedValueOnce(new Error("conflict")).mockResolvedValueOnce(undefined);
    render(<CancelBooking onConfirm={onConfirm} />);
    await user.click(screen.getByRole("button", { name: "Cancel booking" }));
    const confirm = screen.getByRole("button", { name: "Yes, cancel it" });
    await user.click(confirm);
    expect(await screen.findByRole("button", { name: "Yes, cancel it" })).toBeEnabled();
    await user.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });

  it("shows extra content such as a reason field, and passes axe", async () => {
    const user = userEvent.setup();
    render(
      <CancelBooking tone="default">
        <label>
          Reason (optional)
          <textarea />
        </label>
      </CancelBooking>,
    );
    await user.click(screen.getByRole("button", { name: "Cancel booking" }));
    expect(screen.getByRole("textbox", { name: "Reason (optional)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Yes, cancel it" })).toHaveClass("bg-brand-600");
    await expectNoAxeViolations();
  });
});
