import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, Field, Input } from "@slotted/ui";
import { requestPasswordResetInput } from "@slotted/validators";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { applyFieldErrors, AuthPageFrame, fieldMessage, FormServerError } from "@slotted/app-shell";
import { AuthLink } from "./auth-link.tsx";
import { focusPageHeading } from "./focus-page-heading.ts";

const fields = ["email"] as const;

/** Asks for a reset link. The answer never says whether the account exists, and neither does this page. */
export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const hold = useRateLimitHold("auth.requestPasswordReset");
  const form = useForm({ resolver: zodResolver(requestPasswordResetInput), defaultValues: { email: "" } });
  const { errors } = form.formState;
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onSuccess: focusPageHeading,
      onError: (error) => applyFieldErrors(form.setError, toUiError(error).fieldErrors, fields),
    }),
  );
  const failure = request.error ? toUiError(request.error) : null;
  const onFields = failure !== null && "email" in failure.fieldErrors;

  if (request.isSuccess) {
    return (
      <AuthPageFrame
        title="Check your email"
        intro={`If an account exists for ${request.variables.email}, we sent it a link to choose a new password.`}
        footer={
          <p>
            Remembered it? <AuthLink to="/sign-in">Back to sign in</AuthLink>
          </p>
        }
      >
        <div className="flex flex-col gap-2 text-sm">
          <p>The link works once and is valid for 30 minutes.</p>
          <p className="text-muted-foreground">Nothing arrived? Check your spam folder, or ask again in a few minutes.</p>
        </div>
      </AuthPageFrame>
    );
  }

  return (
    <AuthPageFrame
      title="Forgot your password?"
      intro="Tell us your email and we'll send you a link to choose a new one."
      footer={
        <p>
          Remembered it? <AuthLink to="/sign-in">Back to sign in</AuthLink>
        </p>
      }
    >
      <form noValidate onSubmit={(event) => void form.handleSubmit((values) => request.mutate(values))(event)} className="flex flex-col gap-5">
        <Field label="Email" required error={fieldMessage("Email", errors.email)}>
          {(control) => <Input {...control} {...form.register("email")} type="email" autoComplete="email" inputMode="email" />}
        </Field>
        <FormServerError error={request.error} shownOnFields={onFields} title="We couldn't send the link" />
        <div className="flex flex-col gap-2">
          <Button type="submit" size="lg" loading={request.isPending} disabled={hold !== null}>
            Send the link
          </Button>
          {hold ? <p className="text-sm text-muted-foreground">Too many attempts: you can try again when the countdown above ends.</p> : null}
        </div>
      </form>
    </AuthPageFrame>
  );
}
