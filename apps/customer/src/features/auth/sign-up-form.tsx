import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, Field, Input } from "@slotted/ui";
import { passwordMinLength, registerInput } from "@slotted/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { applyFieldErrors, fieldMessage, FormServerError, useSetSessionUser } from "@slotted/app-shell";
import { justSignedUpQuery } from "./just-signed-up.ts";

interface SignUpFormProps {
  redirectTo: string | undefined;
}

const fields = ["name", "email", "password"] as const;

export function SignUpForm({ redirectTo }: SignUpFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const setSessionUser = useSetSessionUser();
  const queryClient = useQueryClient();
  const hold = useRateLimitHold("auth.register");
  // The same schema the server runs: length, common passwords, "not your email".
  const form = useForm({ resolver: zodResolver(registerInput), defaultValues: { name: "", email: "", password: "" } });
  const { errors } = form.formState;

  const register = useMutation(
    trpc.auth.register.mutationOptions({
      onSuccess: async ({ user }) => {
        setSessionUser(user);
        // The server mailed a verification link; the next pages say so.
        queryClient.setQueryData(justSignedUpQuery.queryKey, true);
        await router.navigate({ href: redirectTo ?? "/book" });
      },
      onError: (error) => {
        const ui = toUiError(error);
        // A taken email is a 409 without field issues; it still belongs next to the email field.
        const fieldErrors = ui.status === 409 ? { ...ui.fieldErrors, email: ui.message } : ui.fieldErrors;
        applyFieldErrors(form.setError, fieldErrors, fields);
      },
    }),
  );

  const failure = register.error ? toUiError(register.error) : null;
  const onFields = failure !== null && (failure.status === 409 || Object.keys(failure.fieldErrors).length > 0);

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit((values) => register.mutate(values))(event)} className="flex flex-col gap-5">
      <Field label="Your name" required error={fieldMessage("Your name", errors.name)}>
        {(control) => <Input {...control} {...form.register("name")} autoComplete="name" />}
      </Field>
      <Field label="Email" required error={fieldMessage("Email", errors.email)}>
        {(control) => <Input {...control} {...form.register("email")} type="email" autoComplete="email" inputMode="email" />}
      </Field>
      <Field
        label="Password"
        required
        hint={`At least ${passwordMinLength} characters. Not your email, and not a common password.`}
        error={fieldMessage("Password", errors.password)}
      >
        {(control) => <Input {...control} {...form.register("password")} type="password" autoComplete="new-password" />}
      </Field>
      <FormServerError error={register.error} shownOnFields={onFields} title="We couldn't create your account" />
      <div className="flex flex-col gap-2">
        <Button type="submit" size="lg" loading={register.isPending} disabled={hold !== null}>
          Create account
        </Button>
        {hold ? (
          <p className="text-sm text-muted-foreground">Too many attempts: you can try again when the countdown above ends.</p>
        ) : null}
      </div>
    </form>
  );
}
