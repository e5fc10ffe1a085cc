import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Select } from "./select.tsx";

describe("Select", () => {
  it("is a native select whose chevron stays out of the accessibility tree", async () => {
    const onChange = vi.fn();
    const { container } = render(
      <Select aria-label="Party size" defaultValue="2" onChange={onChange}>
        <option value="2">2 guests</option>
        <option value="4">4 guests</option>
      </Select>,
    );
    const select = screen.getByRole("combobox", { name: "Party size" });
    await userEvent.selectOptions(select, "4 guests");
    expect(select).toHaveValue("4");
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(container.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });
});
