import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";
import { Field } from "./field.tsx";
import { Sheet, SheetClose, SheetContent, SheetTrigger } from "./sheet.tsx";
import { Textarea } from "./textarea.tsx";

function BookingSheet() {
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button>Open SLT-7K2M9Q</Button>
      </SheetTrigger>
      <SheetContent title="Booking SLT-7K2M9Q" description="Friday 24 April, 19:00">
        <Field label="Internal notes">{(props) => <Textarea {...props} />}</Field>
        <SheetClose asChild>
          <Button variant="secondary">Done</Button>
        </SheetClose>
      </SheetContent>
    </Sheet>
  );
}

/** Opened from state, as a URL-driven drawer is: no Trigger to return focus to. */
function ControlledSheet() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>SLT-7K2M9Q</Button>
      <Sheet open={open} onOpenChange={setOpen}>
        <SheetContent title="Booking SLT-7K2M9Q">
          <p>Table for four.</p>
        </SheetContent>
      </Sheet>
    </>
  );
}

describe("Sheet", () => {
  it("opens as a modal dialog named and described by its title and description", async () => {
    const user = userEvent.setup();
    render(<BookingSheet />);
    await user.click(screen.getByRole("button", { name: "Open SLT-7K2M9Q" }));
    const sheet = screen.getByRole("dialog", { name: "Booking SLT-7K2M9Q" });
    expect(sheet).toHaveAccessibleDescription("Friday 24 April, 19:00");
    expect(sheet).toHaveAttribute("data-slot", "sheet");
    expect(sheet).toContainElement(document.activeElement as HTMLElement);
  });

  it("traps Tab inside, closes on Escape and returns focus to the trigger", async () => {
    const user = userEvent.setup();
    render(<BookingSheet />);
    const trigger = screen.getByRole("button", { name: "Open SLT-7K2M9Q" });
    await user.click(trigger);
    const sheet = screen.getByRole("dialog");
    for (let step = 0; step < 5; step++) {
      await user.tab();
      expect(sheet).toContainElement(document.activeElement as HTMLElement);
    }
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it("closes from its labelled close button and from a SheetClose", async () => {
    const user = userEvent.setup();
    render(<BookingSheet />);
    await user.click(screen.getByRole("button", { name: "Open SLT-7K2M9Q" }));
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Open SLT-7K2M9Q" }));
    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("returns focus to whatever opened it when controlled without a trigger", async () => {
    const user = userEvent.setup();
    render(<ControlledSheet />);
    const opener = screen.getByRole("button", { name: "SLT-7K2M9Q" });
    await user.click(opener);
    expect(screen.getByRole("dialog", { name: "Booking SLT-7K2M9Q" })).not.toHaveAttribute("aria-describedby");
    await user.keyboard("{Escape}");
    expect(opener).toHaveFocus();
  });

  it("has no axe violations while open", async () => {
    const user = userEvent.setup();
    render(<BookingSheet />);
    await user.click(screen.getByRole("button", { name: "Open SLT-7K2M9Q" }));
    await expectNoAxeViolations();
  });
});
