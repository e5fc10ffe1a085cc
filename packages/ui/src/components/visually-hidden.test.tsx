import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { VisuallyHidden } from "./visually-hidden.tsx";

describe("VisuallyHidden", () => {
  it("keeps text in the accessibility tree while taking no space on screen", () => {
    render(
      <button type="button">
        <svg aria-hidden="true" />
        <VisuallyHidden>Close menu</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole("button", { name: "Close menu" })).toBeInTheDocument();
    const text = screen.getByText("Close menu");
    expect(text.style.position).toBe("absolute");
    expect(text.style.width).toBe("1px");
  });
});
