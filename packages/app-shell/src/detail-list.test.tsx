import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DetailList } from "./detail-list.tsx";

afterEach(cleanup);

describe("DetailList", () => {
  it("pairs each term with its detail, text or element", () => {
    render(
      <DetailList
        className="sm:grid-cols-[8rem_1fr]"
        details={[
          ["Date", "Sunday 14 June 2026"],
          ["Email", <a href="mailto:ada@example.com">ada@example.com</a>],
        ]}
      />,
    );

    const terms = screen.getAllByRole("term");
    const details = screen.getAllByRole("definition");
    expect(terms.map((term) => term.textContent)).toEqual(["Date", "Email"]);
    expect(details[0]).toHaveTextContent("Sunday 14 June 2026");
    expect(within(details[1] as HTMLElement).getByRole("link", { name: "ada@example.com" })).toHaveAttribute("href", "mailto:ada@example.com");
  });
});
