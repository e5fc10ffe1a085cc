import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "./tabs.tsx";

function BookingTabs({ onValueChange }: { onValueChange?: (value: string) => void }) {
  return (
    <Tabs defaultValue="upcoming" onValueChange={onValueChange}>
      <TabsList aria-label="Bookings">
        <TabsTrigger value="upcoming">Upcoming</TabsTrigger>
        <TabsTrigger value="past">Past</TabsTrigger>
      </TabsList>
      <TabsContent value="upcoming">Two upcoming bookings</TabsContent>
      <TabsContent value="past">Five past bookings</TabsContent>
    </Tabs>
  );
}

describe("Tabs", () => {
  it("switches panels with the arrow keys", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<BookingTabs onValueChange={onValueChange} />);
    expect(screen.getByRole("tab", { name: "Upcoming" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Upcoming" })).toHaveTextContent("Two upcoming bookings");

    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Past" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Past" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Past" })).toHaveTextContent("Five past bookings");
    expect(onValueChange).toHaveBeenCalledWith("past");
  });

  it("has no axe violations", async () => {
    render(<BookingTabs />);
    await expectNoAxeViolations();
  });
});
