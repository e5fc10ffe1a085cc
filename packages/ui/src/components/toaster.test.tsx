import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";
import { toast, useToast } from "./toast-store.ts";
import { Toaster } from "./toaster.tsx";

function SaveButton() {
  const { toast: show } = useToast();
  return (
    <Button onClick={() => show({ title: "Saved", description: "Your name was updated.", tone: "success" })}>
      Save
    </Button>
  );
}

function viewport() {
  return screen.getByRole("region", { name: /notifications/i });
}

describe("Toaster and useToast", () => {
  it("shows a toast raised from a component and announces it politely", async () => {
    const user = userEvent.setup();
    render(
      <>
        <SaveButton />
        <Toaster />
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(within(viewport()).getByText("Saved")).toBeInTheDocument();
    expect(within(viewport()).getByText("Your name was updated.")).toBeInTheDocument();
    const announcement = await screen.findByText(/Notification\s+Saved/);
    expect(announcement).toHaveAttribute("role", "status");
    expect(announcement).toHaveAttribute("aria-live", "polite");
  });

  it("announces errors assertively and accepts toasts from outside React", async () => {
    render(<Toaster />);
    act(() => {
      toast({ title: "Could not save", tone: "error" });
    });
    expect(within(viewport()).getByText("Could not save").closest("[data-tone]")).toHaveAttribute("data-tone", "error");
    const announcement = await screen.findByText(/Notification\s+Could not save/);
    expect(announcement).toHaveAttribute("aria-live", "assertive");
  });

  it("closes from its labelled dismiss button", async () => {
    const user = userEvent.setup();
    render(<Toaster />);
    act(() => {
      toast({ title: "Link copied" });
    });
    await user.click(within(viewport()).getByRole("button", { name: "Dismiss notification" }));
    expect(within(viewport()).queryByText("Link copied")).not.toBeInTheDocument();
  });

  it("starts empty after the previous Toaster unmounted", () => {
    const first = render(<Toaster />);
    act(() => {
      toast({ title: "Left over" });
    });
    first.unmount();
    render(<Toaster />);
    expect(within(viewport()).queryByText("Left over")).not.toBeInTheDocument();
  });

  it("has no axe violations with a toast on screen", async () => {
    render(<Toaster />);
    act(() => {
      toast({ title: "Booking confirmed", description: "Reference SLT-1234", tone: "success" });
    });
    await expectNoAxeViolations();
  });
});
