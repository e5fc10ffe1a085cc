import { StatList } from "@slotted/ui";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RatingCard } from "./rating-card.tsx";

function figure(label: string) {
  return within(screen.getByLabelText("Ratings")).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
}

describe("the dashboard's rating card", () => {
  it("shows the average to one decimal with its count and window", () => {
    render(
      <StatList aria-label="Ratings">
        <RatingCard feedback={{ averageRating: 4, count: 1, days: 30 }} />
      </StatList>,
    );
    expect(figure("Average rating")).toBe("4.0 / 5");
    expect(screen.getByText("Last 30 days · 1 rating")).toBeInTheDocument();
  });

  it("says No ratings yet when there are none", () => {
    render(
      <StatList aria-label="Ratings">
        <RatingCard feedback={{ averageRating: null, count: 0, days: 30 }} />
      </StatList>,
    );
    expect(figure("Average rating")).toBe("No ratings yet");
  });
});
