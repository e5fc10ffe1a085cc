import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useTRPC } from "@slotted/client";
import { Banner, Button, Field, Input } from "@slotted/ui";
import { updateProfileInput } from "@slotted/validators";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { applyFieldErrors, fieldMessage, FormServerError, type SessionUser, useSetSessionUser } from "@slotted/app-shell";

/** The display name the venue sees on bookings (new bookings prefill it). */
export function ProfileForm({ user }: { user: SessionUser }) {
  const trpc = useTRPC();
  const setSessionUser = useSetSessionUser();
  const form = useForm({ resolver: zodResolver(updateProfileInput), defaultValues: { name: user.name } });
  const { errors } = form.formState;

  const update = useMutation(
    trpc.auth.updateProfile.mutationOptions({
      onSuccess: (updated) => {
        setSessionUser(updated);
        form.reset({ name: updated.name });
      },
      onError: (error) => applyFieldErrors(form.setError, toUiError(error).fieldErrors, ["name"]),
    }),
  );
  const onFields = update.error !== null && "name" in toUiError(update.error).fieldErrors;

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit((values) => update.mutate(values))(event)} className="flex flex-col gap-4">
      <Field label="Display name" required error={fieldMessage("Display name", errors.name)}>
        {(control) => <Input {...control} {...form.register("name")} autoComplete="name" />}
      </Field>
      <p className="text-sm text-muted-foreground">
        Signed in as <span className="font-medium text-foreground">{user.email}</span>
      </p>
      <FormServerError error={update.error} shownOnFields={onFields} title="Your name was not changed" />
      {update.isSuccess ? <Banner tone="success" title="Name saved" /> : null}
      <div>
        <Button type="submit" loading={update.isPending}>
          Save name
        </Button>
      </div>
    </form>
  );
}
