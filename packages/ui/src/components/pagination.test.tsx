import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Pagination } from "./pagination.tsx";

describe("Pagination", () => {
  it("is a labelled navigation marking the current page", () => {
    render(<Pagination page={5} totalPages={10} onPageChange={() => {}} label="Bookings pages" />);
    const nav = screen.getByRole("navigation", { name: "Bookings pages" });
    expect(within(nav).getByRole("button", { name: "Page 5" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("button", { name: "Page 4" })).not.toHaveAttribute("aria-current");
    const pages = within(nav)
      .getAllByRole("button", { name: /^Page \d+$/ })
      .map((button) => button.textContent);
    expect(pages).toEqual(["1", "4", "5", "6", "10"]);
    expect(nav).toHaveTextContent("Page 5 of 10");
  });

  it("reports the chosen page through previous, next and the numbers", async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination page={5} totalPages={10} onPageChange={onPageChange} />);
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await user.click(screen.getByRole("button", { name: "Previous page" }));
    await user.click(screen.getByRole("button", { name: "Page 10" }));
    await user.click(screen.getByRole("button", { name: "Page 5" }));
    expect(onPageChange.mock.calls).toEqual([[6], [4], [10]]);
  });

  it("disables previous on the first page and next on the last", () => {
    const { rerender } = render(<Pagination page={1} totalPages={3} onPageChange={() => {}} />);
    expect(screen.getByRole("button", { name: "Previous page" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next page" })).toBeEnabled();

    rerender(<Pagination page={3} totalPages={3} onPageChange={() => {}} />);
    expect(screen.getByRole("button", { name: "Previous page" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
  });

  it("renders nothing when everything fits on one page", () => {
    const { container } = render(<Pagination page={1} totalPages={1} onPageChange={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("has no axe violations", async () => {
    render(<Pagination page={2} totalPages={8} onPageChange={() => {}} />);
    await expectNoAxeViolations();
  });
});
