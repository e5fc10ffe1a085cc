import "@testing-library/jest-dom/vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChangedNotice } from "./changed-notice.tsx";

afterEach(cleanup);

describe("ChangedNotice", () => {
  it("announces what changed, the app's next step and the request ID, and can be dismissed", () => {
    const dismiss = vi.fn();
    render(
      <ChangedNotice
        conflict={{ changed: { changes: ["Time changed from 19:00 to 20:00.", "Special requests changed."], requestId: "req-409" }, dismiss }}
        nextStep="Check it, then try again."
      />,
    );

    const notice = screen.getByRole("alert");
    expect(notice).toHaveTextContent("This booking changed since you opened it");
    expect(within(notice).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Time changed from 19:00 to 20:00.",
      "Special requests changed.",
    ]);
    expect(notice).toHaveTextContent("Check it, then try again.");
    expect(notice).toHaveTextContent("req-409");

    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(dismiss).toHaveBeenCalledTimes(1);
  });

  it("shows nothing until a change was found", () => {
    const { container } = render(<ChangedNotice conflict={{ changed: null, dismiss: vi.fn() }} nextStep="Check it, then try again." />);
    expect(container).toBeEmptyDOMElement();
  });
});
