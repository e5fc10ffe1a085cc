import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "./table.tsx";

function Bookings({ scrollLabel }: { scrollLabel?: string }) {
  return (
    <Table scrollLabel={scrollLabel}>
      <TableCaption>Your upcoming bookings</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Date</TableHead>
          <TableHead>Guests</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell>12 March, 19:30</TableCell>
          <TableCell>4</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

describe("Table", () => {
  it("is a real table named by its caption, with column headers", () => {
    render(<Bookings />);
    const table = screen.getByRole("table", { name: "Your upcoming bookings" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual(["Date", "Guests"]);
    expect(headers[0]).toHaveAttribute("scope", "col");
    expect(within(table).getByRole("cell", { name: "4" })).toBeInTheDocument();
  });

  it("wraps the table in a horizontal scroller that keyboard users can reach when labelled", () => {
    const { rerender, container } = render(<Bookings />);
    expect(container.firstElementChild).toHaveClass("overflow-x-auto");
    expect(screen.queryByRole("region")).not.toBeInTheDocument();

    rerender(<Bookings scrollLabel="Upcoming bookings" />);
    const region = screen.getByRole("region", { name: "Upcoming bookings" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(screen.getByRole("table"));
  });

  it("has no axe violations", async () => {
    render(<Bookings scrollLabel="Upcoming bookings" />);
    await expectNoAxeViolations();
  });
});
