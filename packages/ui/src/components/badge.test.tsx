import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Badge } from "./badge.tsx";

describe("Badge", () => {
  it("shows its words with the tone's colours", () => {
    render(
      <>
        <Badge>Pending</Badge>
        <Badge tone="success">Confirmed</Badge>
        <Badge tone="danger">Cancelled</Badge>
      </>,
    );
    expect(screen.getByText("Pending")).toHaveAttribute("data-tone", "neutral");
    expect(screen.getByText("Confirmed")).toHaveClass("bg-success-subtle", "text-success-strong");
    expect(screen.getByText("Cancelled")).toHaveClass("bg-danger-subtle", "text-danger-strong");
  });
});
