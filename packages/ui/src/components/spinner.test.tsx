import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Spinner } from "./spinner.tsx";

describe("Spinner", () => {
  it("is hidden from screen readers and stops spinning when motion is reduced", () => {
    const { container } = render(<Spinner className="size-6" />);
    const icon = container.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon).toHaveClass("animate-spin", "motion-reduce:animate-none", "size-6");
  });
});
