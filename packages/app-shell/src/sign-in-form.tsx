import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, Field, Input } from "@slotted/ui";
import { loginInput } from "@slotted/validators";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { applyFieldErrors, fieldMessage } from "./form-errors.ts";
import { FormServerError } from "./form-server-error.tsx";
import { useSetSessionUser } from "./session.ts";

interface SignInFormProps {
  /** A path inside the app (already checked by the route's search schema). */
  redirectTo: string | undefined;
  /** Where to go when there is no `redirectTo`: the app's first page for a signed-in user. */
  defaultTarget: string;
}

export function SignInForm({ redirectTo, defaultTarget }: SignInFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const setSessionUser = useSetSessionUser();
  const hold = useRateLimitHold("auth.login");
  const form = useForm({ resolver: zodResolver(loginInput), defaultValues: { email: "", password: "" } });
  const { errors } = form.formState;

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async ({ user }) => {
        setSessionUser(user);
        await router.navigate({ href: redirectTo ?? defaultTarget });
      },
      onError: (error) => {
        applyFieldErrors(form.setError, toUiError(error).fieldErrors, ["email", "password"]);
      },
    }),
  );

  const onFields = login.error !== null && Object.keys(toUiError(login.error).fieldErrors).length > 0;

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit((values) => login.mutate(values))(event)} className="flex flex-col gap-5">
      <Field label="Email" required error={fieldMessage("Email", errors.email)}>
        {(control) => <Input {...control} {...form.register("email")} type="email" autoComplete="email" inputMode="email" />}
      </Field>
      <Field label="Password" required error={fieldMessage("Password", errors.password)}>
        {(control) => <Input {...control} {...form.register("password")} type="password" autoComplete="current-password" />}
      </Field>
      <FormServerError error={login.error} shownOnFields={onFields} title="We couldn't sign you in" />
      <div className="flex flex-col gap-2">
        <Button type="submit" size="lg" loading={login.isPending} disabled={hold !== null}>
          Sign in
        </Button>
        {hold ? (
          <p className="text-sm text-muted-foreground">Too many sign-in attempts: you can try again when the countdown above ends.</p>
        ) : null}
      </div>
    </form>
  );
}
