import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Skeleton, SkeletonText } from "./skeleton.tsx";

describe("Skeleton", () => {
  it("is hidden from screen readers and pulses only when motion is welcome", () => {
    const { container } = render(<Skeleton className="h-8 w-32" />);
    const block = container.firstElementChild;
    expect(block).toHaveAttribute("aria-hidden", "true");
    expect(block).toHaveClass("animate-pulse", "motion-reduce:animate-none", "h-8", "w-32");
  });

  it("draws paragraph lines with a shorter last line", () => {
    const { container } = render(<SkeletonText lines={4} />);
    const lines = container.querySelectorAll('[data-slot="skeleton"]');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveClass("w-full");
    expect(lines[3]).toHaveClass("w-3/5");
    expect(container.firstElementChild).toHaveAttribute("aria-hidden", "true");
  });
});
