import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Banner, Button, Field, Input } from "@slotted/ui";
import { changePasswordInput, passwordMinLength } from "@slotted/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyFieldErrors, fieldMessage, FormServerError } from "@slotted/app-shell";

// The server's schema, plus the "type it twice" check that only matters to a person typing.
const changePasswordForm = changePasswordInput
  .extend({ confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    error: "Passwords don't match. Type the new password again.",
  });

const fields = ["currentPassword", "newPassword"] as const;

/** Needs the current password; the server then signs out every other session. */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hold = useRateLimitHold("auth.changePassword");
  const form = useForm({
    resolver: zodResolver(changePasswordForm),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors } = form.formState;

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
      },
      // A wrong current password, or a new one equal to the email, comes back as a field issue.
      onError: (error) => applyFieldErrors(form.setError, toUiError(error).fieldErrors, fields),
    }),
  );
  const failure = change.error ? toUiError(change.error) : null;
  const onFields = failure !== null && fields.some((field) => field in failure.fieldErrors);

  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit(({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword }))(event)}
      className="flex flex-col gap-4"
    >
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Current password" required error={fieldMessage("Current password", errors.currentPassword)}>
        {(control) => <Input {...control} {...form.register("currentPassword")} type="password" autoComplete="current-password" />}
      </Field>
      <Field
        label="New password"
        required
        hint={`At least ${passwordMinLength} characters, not a common password.`}
        error={fieldMessage("New password", errors.newPassword)}
      >
        {(control) => <Input {...control} {...form.register("newPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Field label="New password again" required error={fieldMessage("New password again", errors.confirmPassword)}>
        {(control) => <Input {...control} {...form.register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <FormServerError error={change.error} shownOnFields={onFields} title="Your password was not changed" />
      {change.isSuccess ? (
        <Banner tone="success" title="Password changed">
          {change.data.revokedSessions > 0
            ? `We signed out your ${change.data.revokedSessions === 1 ? "other session" : `${change.data.revokedSessions} other sessions`}.`
            : "You're still signed in here."}
        </Banner>
      ) : null}
      <div className="flex flex-col gap-2">
        <div>
          <Button type="submit" loading={change.isPending} disabled={hold !== null}>
            Change password
          </Button>
        </div>
        {hold ? <p className="text-sm text-muted-foreground">Too many attempts: try again when the countdown above ends.</p> : null}
      </div>
    </form>
  );
}
