import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";
import { EmptyState } from "./empty-state.tsx";

describe("EmptyState", () => {
  it("says what is empty and offers the next step", async () => {
    render(
      <EmptyState
        title="No upcoming bookings"
        description="Book a table and it will show up here."
        action={<Button>Book a table</Button>}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "No upcoming bookings" })).toBeInTheDocument();
    expect(screen.getByText("Book a table and it will show up here.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Book a table" })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it("keeps its icon decorative and fits the heading level to the page", () => {
    const { container } = render(<EmptyState title="Nothing here" headingLevel={3} icon={<svg data-testid="icon" />} />);
    expect(screen.getByRole("heading", { level: 3, name: "Nothing here" })).toBeInTheDocument();
    expect(screen.getByTestId("icon").parentElement).toHaveAttribute("aria-hidden", "true");
    expect(container.querySelectorAll("button")).toHaveLength(0);
  });
});
