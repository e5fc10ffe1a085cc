import { createRef } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Input } from "./input.tsx";

describe("Input", () => {
  it("is a text input by default that takes typing and a ref", async () => {
    const ref = createRef<HTMLInputElement>();
    render(<Input aria-label="Name" ref={ref} />);
    const input = screen.getByRole("textbox", { name: "Name" });
    expect(input).toHaveAttribute("type", "text");
    await userEvent.type(input, "Ada");
    expect(ref.current?.value).toBe("Ada");
  });

  it("shows the invalid state from aria-invalid and keeps extra classes", () => {
    render(<Input aria-label="Email" aria-invalid className="max-w-xs" />);
    const input = screen.getByRole("textbox", { name: "Email" });
    expect(input).toBeInvalid();
    expect(input).toHaveClass("aria-invalid:border-danger", "max-w-xs");
  });
});
