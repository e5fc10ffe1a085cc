import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, Field, Input } from "@slotted/ui";
import { passwordMinLength, resetPasswordInput } from "@slotted/validators";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyFieldErrors, fieldMessage, FormServerError } from "@slotted/app-shell";

// The server's schema (the token rides along as a form value, so a mangled one fails the same
// way a spent one does), plus the "type it twice" check that only matters to a person typing.
const resetPasswordForm = resetPasswordInput
  .extend({ confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "Passwords don't match. Type the new password again.",
  });

const fields = ["newPassword"] as const;

interface ResetPasswordFormProps {
  token: string;
  onReset: () => void;
  /** The link can't be used (expired, spent or mangled): the page says so instead of the form. */
  onUnusableLink: () => void;
}

export function ResetPasswordForm({ token, onReset, onUnusableLink }: ResetPasswordFormProps) {
  const trpc = useTRPC();
  const hold = useRateLimitHold("auth.resetPassword");
  const form = useForm({ resolver: zodResolver(resetPasswordForm), defaultValues: { token, newPassword: "", confirmPassword: "" } });
  const { errors } = form.formState;

  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: onReset,
      onError: (error) => {
        const { fieldErrors } = toUiError(error);
        if ("token" in fieldErrors) onUnusableLink();
        else applyFieldErrors(form.setError, fieldErrors, fields);
      },
    }),
  );
  const failure = reset.error ? toUiError(reset.error) : null;
  const onFields = failure !== null && "newPassword" in failure.fieldErrors;

  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(
          (values) => reset.mutate({ token: values.token, newPassword: values.newPassword }),
          (invalid) => {
            if (invalid.token) onUnusableLink();
          },
        )(event)
      }
      className="flex flex-col gap-5"
    >
      <Field
        label="New password"
        required
        hint={`At least ${passwordMinLength} characters. Not your email, and not a common password.`}
        error={fieldMessage("New password", errors.newPassword)}
      >
        {(control) => <Input {...control} {...form.register("newPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Field label="New password again" required error={fieldMessage("New password again", errors.confirmPassword)}>
        {(control) => <Input {...control} {...form.register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <FormServerError error={reset.error} shownOnFields={onFields} title="Your password was not changed" />
      <div className="flex flex-col gap-2">
        <Button type="submit" size="lg" loading={reset.isPending} disabled={hold !== null}>
          Change password
        </Button>
        {hold ? <p className="text-sm text-muted-foreground">Too many attempts: you can try again when the countdown above ends.</p> : null}
      </div>
    </form>
  );
}
