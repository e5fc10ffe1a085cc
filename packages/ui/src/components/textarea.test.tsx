import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Textarea } from "./textarea.tsx";

describe("Textarea", () => {
  it("takes multi-line text and starts with three rows", async () => {
    render(<Textarea aria-label="Reason" />);
    const textarea = screen.getByRole("textbox", { name: "Reason" });
    expect(textarea).toHaveAttribute("rows", "3");
    await userEvent.type(textarea, "Plans changed{enter}Sorry");
    expect(textarea).toHaveValue("Plans changed\nSorry");
  });
});
