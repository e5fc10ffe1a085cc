import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Button } from "./button.tsx";
import { ErrorPage } from "./error-page.tsx";

describe("ErrorPage", () => {
  it("moves focus to its heading so screen readers announce it", () => {
    render(<ErrorPage title="Something went wrong" message="We could not load this page." />);
    const heading = screen.getByRole("heading", { level: 1, name: "Something went wrong" });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute("tabindex", "-1");
  });

  it("shows the request ID to quote, and the actions", () => {
    render(
      <ErrorPage
        title="Something went wrong"
        message="We could not load this page."
        requestId="b3c1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d"
        actions={<Button>Try again</Button>}
      />,
    );
    expect(screen.getByText(/^Reference:/)).toHaveTextContent(
      "Reference: b3c1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d — quote this if you contact us",
    );
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("leaves the reference out when there is no request ID", () => {
    render(<ErrorPage title="Page not found" message="Check the address." />);
    expect(screen.queryByText(/Reference:/)).not.toBeInTheDocument();
  });

  it("can stand as the page's main landmark, with no axe violations", async () => {
    render(<ErrorPage as="main" title="Something went wrong" message="Please try again." requestId="req_1" />);
    expect(screen.getByRole("main")).toContainElement(screen.getByRole("heading", { level: 1 }));
    await expectNoAxeViolations();
  });
});
