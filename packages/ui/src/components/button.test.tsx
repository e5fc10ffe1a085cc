import { render, screen, fireEvent } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";

describe("Button", () => {
  it("is a button named by its text that runs onClick", async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Book a table</Button>);
    await userEvent.click(screen.getByRole("button", { name: "Book a table" }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it("styles each variant and size differently", () => {
    render(
      <>
        <Button variant="destructive" size="lg">
          Delete
        </Button>
        <Button variant="secondary" size="sm">
          Back
        </Button>
      </>,
    );
    expect(screen.getByRole("button", { name: "Delete" })).toHaveClass("bg-danger", "h-12");
    expect(screen.getByRole("button", { name: "Back" })).toHaveClass("border-input", "h-8");
  });

  it("while loading shows a spinner, sets aria-busy and ignores clicks", async () => {
    const onClick = vi.fn();
    render(
      <Button loading onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Save" });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button.querySelector('[data-slot="spinner"]')).toHaveAttribute("aria-hidden", "true");
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it("renders its child instead with asChild, keeping the child's element and props", () => {
    render(
      <Button asChild variant="secondary">
        <a href="/bookings">My bookings</a>
      </Button>,
    );
    const link = screen.getByRole("link", { name: "My bookings" });
    expect(link).toHaveAttribute("href", "/bookings");
    expect(link).toHaveClass("border-input");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("blocks a loading asChild link from navigating", () => {
    const onClick = vi.fn();
    render(
      <Button asChild loading onClick={onClick}>
        <a href="/next">Continue</a>
      </Button>,
    );
    const link = screen.getByRole("link", { name: "Continue" });
    expect(link).toHaveAttribute("aria-disabled", "true");
    expect(link).toHaveAttribute("aria-busy", "true");
    // fireEvent returns false when a handler called preventDefault.
    expect(fireEvent.click(link)).toBe(false);
    expect(onClick).not.toHaveBeenCalled();
  });

  it("has no axe violations", async () => {
    render(
      <div>
        <Button>Primary</Button>
        <Button variant="ghost" loading>
          Ghost
        </Button>
        <Button variant="link" asChild>
          <a href="/help">Help</a>
        </Button>
      </div>,
    );
    await expectNoAxeViolations();
  });
});
