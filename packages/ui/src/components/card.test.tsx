import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "./card.tsx";

describe("Card", () => {
  it("groups a titled block of content with a footer", async () => {
    render(
      <Card aria-labelledby="next-booking">
        <CardHeader>
          <CardTitle id="next-booking">Next booking</CardTitle>
        </CardHeader>
        <CardContent>Friday, 19:30, four guests</CardContent>
        <CardFooter>
          <a href="/bookings/1">View booking</a>
        </CardFooter>
      </Card>,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Next booking" })).toBeInTheDocument();
    expect(screen.getByText("Friday, 19:30, four guests")).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it("lets the title take the heading level the page needs", () => {
    render(<CardTitle as="h3">Contact details</CardTitle>);
    expect(screen.getByRole("heading", { level: 3, name: "Contact details" })).toBeInTheDocument();
  });
});
