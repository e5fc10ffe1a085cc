import { zodResolver } from "@hookform/resolvers/zod";
import { applyFieldErrors, fieldMessage, FormServerError, sessionQueryKey } from "@slotted/app-shell";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, DialogFooter, Field, Input } from "@slotted/ui";
import { deleteAccountInput } from "@slotted/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useForm } from "react-hook-form";

/** The password check inside the delete dialog; on success the account is gone, so is everything cached for it. */
export function DeleteAccountForm({ email, onCancel }: { email: string; onCancel: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const hold = useRateLimitHold("auth.deleteAccount");
  const form = useForm({ resolver: zodResolver(deleteAccountInput), defaultValues: { password: "" } });
  const { errors } = form.formState;

  const remove = useMutation(
    trpc.auth.deleteAccount.mutationOptions({
      onSuccess: async (deleted) => {
        // As a sign-out does: forget the account, then go to the (public) confirmation.
        queryClient.clear();
        queryClient.setQueryData(sessionQueryKey, null);
        await router.navigate({ to: "/account-deleted", search: { cancelled: deleted.cancelledBookings }, replace: true });
      },
      // A wrong password comes back on the field, which takes focus.
      onError: (error) => {
        if (applyFieldErrors(form.setError, toUiError(error).fieldErrors, ["password"])) form.setFocus("password");
      },
    }),
  );
  const onField = remove.error !== null && "password" in toUiError(remove.error).fieldErrors;

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit((values) => remove.mutate(values))(event)} className="flex flex-col gap-4">
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Password" required hint="The one you sign in with." error={fieldMessage("Password", errors.password)}>
        {(control) => <Input {...control} {...form.register("password")} type="password" autoComplete="current-password" />}
      </Field>
      <FormServerError error={remove.error} shownOnFields={onField} title="Your account was not deleted" />
      {hold ? <p className="text-sm text-muted-foreground">Too many attempts: try again when the countdown above ends.</p> : null}
      <DialogFooter>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Keep my account
        </Button>
        <Button type="submit" variant="destructive" loading={remove.isPending} disabled={hold !== null}>
          Delete my account
        </Button>
      </DialogFooter>
    </form>
  );
}
