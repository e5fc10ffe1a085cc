import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { StatCard, StatList } from "./stat-card.tsx";

describe("StatCard", () => {
  it("pairs each figure with its name in a description list", async () => {
    render(
      <StatList aria-label="Bookings">
        <StatCard label="Bookings today" value="42" />
        <StatCard label="Users" value="1,204" detail="37 inactive" />
      </StatList>,
    );
    const list = screen.getByLabelText("Bookings");
    expect(list.tagName).toBe("DL");
    const terms = within(list).getAllByRole("term");
    expect(terms.map((term) => term.textContent)).toEqual(["Bookings today", "Users"]);
    const definitions = within(list).getAllByRole("definition");
    expect(definitions.map((definition) => definition.textContent)).toEqual(["42", "1,204", "37 inactive"]);
    await expectNoAxeViolations();
  });
});
