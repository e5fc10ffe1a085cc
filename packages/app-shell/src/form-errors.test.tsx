import "@testing-library/jest-dom/vitest";
import { Field, Input } from "@slotted/ui";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import { applyFieldErrors, fieldMessage } from "./form-errors.ts";

afterEach(cleanup);

/** A form that receives a server's field errors (by dotted path) when "Save" is pressed. */
function ProfileForm({ serverErrors }: { serverErrors: Record<string, string> }) {
  const form = useForm({ defaultValues: { name: "", email: "" } });
  const { errors } = form.formState;
  const [outcome, setOutcome] = useState("");
  const save = () => {
    const landed = applyFieldErrors(form.setError, serverErrors, ["name", "email"]);
    setOutcome(landed ? "Shown on the fields" : "Needs a general message");
  };
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <Field label="Name" error={fieldMessage("Name", errors.name)}>
        {(control) => <Input {...control} {...form.register("name")} />}
      </Field>
      <Field label="Email" error={fieldMessage("Email", errors.email)}>
        {(control) => <Input {...control} {...form.register("email")} />}
      </Field>
      <button type="button" onClick={save}>
        Save
      </button>
      <p>{outcome}</p>
    </form>
  );
}

describe("applyFieldErrors", () => {
  it("puts each known field's message on it, focusing the form's first field in error", async () => {
    render(<ProfileForm serverErrors={{ email: "This address is already in use.", name: "must be at most 100 characters", plan: "is unknown" }} />);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    // A sentence fragment gets its field's label; a full sentence is shown as it is.
    expect(await screen.findByText("Name must be at most 100 characters")).toBeInTheDocument();
    expect(screen.getByText("This address is already in use.")).toBeInTheDocument();
    expect(screen.queryByText(/is unknown/)).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "Email" })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Shown on the fields")).toBeInTheDocument();
  });

  it("answers false when none of the errors belongs to the form's fields", async () => {
    render(<ProfileForm serverErrors={{ plan: "is unknown" }} />);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Needs a general message")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Name" })).not.toHaveAttribute("aria-invalid");
  });
});

describe("fieldMessage", () => {
  it("shows nothing for a field without an error or without a message", () => {
    expect(fieldMessage("Name", undefined)).toBeUndefined();
    expect(fieldMessage("Name", { message: "" })).toBeUndefined();
  });
});
