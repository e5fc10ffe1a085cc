import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Field } from "./field.tsx";
import { Input } from "./input.tsx";
import { Select } from "./select.tsx";
import { Textarea } from "./textarea.tsx";

describe("Field", () => {
  it("labels its control", () => {
    render(<Field label="Email">{(props) => <Input type="email" {...props} />}</Field>);
    expect(screen.getByLabelText("Email")).toHaveAttribute("type", "email");
  });

  it("describes the control with its hint", () => {
    render(
      <Field label="Party size" hint="Up to 12 guests">
        {(props) => <Input {...props} />}
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Party size" });
    expect(input).toHaveAccessibleDescription("Up to 12 guests");
    expect(input).not.toHaveAttribute("aria-invalid");
  });

  it("links an error through aria-describedby, marks the control invalid and puts the error in a live region", () => {
    const { rerender } = render(
      <Field label="Name" hint="As on your booking">
        {(props) => <Input {...props} />}
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Name" });
    const errorSlot = document.getElementById(`${input.id}-error`);
    expect(errorSlot).toHaveAttribute("aria-live", "polite");
    expect(errorSlot).toBeEmptyDOMElement();

    rerender(
      <Field label="Name" hint="As on your booking" error="Enter your name">
        {(props) => <Input {...props} />}
      </Field>,
    );
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("As on your booking Enter your name");
    // Same element as before: live regions must already exist for their changes to be announced.
    expect(document.getElementById(`${input.id}-error`)).toBe(errorSlot);
    expect(errorSlot).toHaveTextContent("Enter your name");
  });

  it("marks required controls for assistive tech and shows a visible marker", () => {
    render(
      <Field label="Phone" required>
        {(props) => <Input {...props} />}
      </Field>,
    );
    expect(screen.getByRole("textbox", { name: "Phone" })).toHaveAttribute("aria-required", "true");
    expect(screen.getByText("(required)")).toHaveAttribute("aria-hidden", "true");
  });

  it("wires textareas and selects the same way", () => {
    render(
      <>
        <Field label="Reason" error="Too long">
          {(props) => <Textarea {...props} />}
        </Field>
        <Field label="Status" hint="Filter the list">
          {(props) => (
            <Select {...props}>
              <option value="all">All</option>
            </Select>
          )}
        </Field>
      </>,
    );
    expect(screen.getByRole("textbox", { name: "Reason" })).toHaveAccessibleDescription("Too long");
    expect(screen.getByRole("combobox", { name: "Status" })).toHaveAccessibleDescription("Filter the list");
  });

  it("accepts a fixed id", () => {
    render(<Field label="Date" id="booking-date">{(props) => <Input {...props} />}</Field>);
    expect(screen.getByLabelText("Date")).toHaveAttribute("id", "booking-date");
  });

  it("has no axe violations with a hint and an error", async () => {
    render(
      <form>
        <Field label="Email" hint="We send the confirmation here" error="Enter a valid email" required>
          {(props) => <Input type="email" {...props} />}
        </Field>
      </form>,
    );
    await expectNoAxeViolations();
  });
});
