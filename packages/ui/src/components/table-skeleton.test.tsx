import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { TableSkeleton } from "./table-skeleton.tsx";

describe("TableSkeleton", () => {
  it("draws the asked-for rows and columns, hidden from screen readers", () => {
    const { container } = render(<TableSkeleton rows={5} columns={3} />);
    const rows = container.querySelectorAll('[data-slot="table-skeleton-row"]');
    expect(rows).toHaveLength(5);
    expect(rows[0]?.querySelectorAll('[data-slot="skeleton"]')).toHaveLength(3);
    expect(rows[0]?.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it("tells screen readers that content is loading", async () => {
    render(<TableSkeleton rows={2} columns={2} label="Loading your bookings…" />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading your bookings…");
    await expectNoAxeViolations();
  });
});
