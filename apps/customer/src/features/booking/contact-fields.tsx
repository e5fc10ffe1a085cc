import { Field, Input, Textarea } from "@slotted/ui";
import type { UseFormReturn } from "react-hook-form";
import { fieldMessage } from "@slotted/app-shell";
import type { BookingDraft, BookingFormValues } from "./booking-form-schema.ts";

interface ContactFieldsProps {
  form: UseFormReturn<BookingFormValues, unknown, BookingDraft>;
  phoneRegion: string;
}

/** Step 3: who the venue should expect and how to reach them (name and email prefilled). */
export function ContactFields({ form, phoneRegion }: ContactFieldsProps) {
  const { errors } = form.formState;
  return (
    <section aria-labelledby="details-heading" className="flex flex-col gap-4">
      <h2 id="details-heading" className="text-xl font-semibold text-foreground">
        3. Your details
      </h2>
      <div className="grid gap-5 md:max-w-xl">
        <Field label="Name" required error={fieldMessage("Name", errors.contactName)}>
          {(control) => <Input {...control} {...form.register("contactName")} autoComplete="name" />}
        </Field>
        <Field label="Email" required error={fieldMessage("Email", errors.contactEmail)}>
          {(control) => <Input {...control} {...form.register("contactEmail")} type="email" autoComplete="email" inputMode="email" />}
        </Field>
        <Field
          label="Phone"
          required
          hint={`So the venue can reach you about this booking. Numbers outside ${phoneRegion} need their + country code.`}
          error={fieldMessage("Phone", errors.contactPhone)}
        >
          {(control) => <Input {...control} {...form.register("contactPhone")} type="tel" autoComplete="tel" inputMode="tel" />}
        </Field>
        <Field
          label="Special requests"
          hint="Optional: allergies, a high chair, an occasion. Up to 500 characters."
          error={fieldMessage("Special requests", errors.specialRequests)}
        >
          {(control) => <Textarea {...control} {...form.register("specialRequests")} rows={3} />}
        </Field>
      </div>
    </section>
  );
}
