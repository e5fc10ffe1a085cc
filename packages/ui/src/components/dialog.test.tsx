import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "./dialog.tsx";
import { Field } from "./field.tsx";
import { Input } from "./input.tsx";

function EditNameDialog() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Edit name</Button>
      </DialogTrigger>
      <DialogContent title="Change your name" description="Shown on your bookings.">
        <Field label="Display name">{(props) => <Input {...props} />}</Field>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button>Save</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

describe("Dialog", () => {
  it("opens from its trigger, named and described by its title and description", async () => {
    const user = userEvent.setup();
    render(<EditNameDialog />);
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    const dialog = screen.getByRole("dialog", { name: "Change your name" });
    expect(dialog).toHaveAccessibleDescription("Shown on your bookings.");
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it("traps Tab inside, closes on Escape and returns focus to the trigger", async () => {
    const user = userEvent.setup();
    render(<EditNameDialog />);
    const trigger = screen.getByRole("button", { name: "Edit name" });
    await user.click(trigger);
    const dialog = screen.getByRole("dialog");

    for (let step = 0; step < 6; step++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it("closes from its labelled close button", async () => {
    const user = userEvent.setup();
    render(<EditNameDialog />);
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("returns focus to whatever opened it when controlled without a trigger", async () => {
    function Controlled() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Button onClick={() => setOpen(true)}>Details</Button>
          <Dialog open={open} onOpenChange={setOpen}>
            <DialogContent title="Booking details">
              <p>Table for two.</p>
            </DialogContent>
          </Dialog>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Controlled />);
    const opener = screen.getByRole("button", { name: "Details" });
    await user.click(opener);
    expect(screen.getByRole("dialog", { name: "Booking details" })).not.toHaveAttribute("aria-describedby");
    await user.keyboard("{Escape}");
    expect(opener).toHaveFocus();
  });

  it("has no axe violations while open", async () => {
    const user = userEvent.setup();
    render(<EditNameDialog />);
    await user.click(screen.getByRole("button", { name: "Edit name" }));
    await expectNoAxeViolations();
  });
});
