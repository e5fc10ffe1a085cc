import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button } from "@slotted/ui";
import { useMutation } from "@tanstack/react-query";

/** "Confirm your email", with a way to have the link sent again; the outcome is announced. */
export function VerifyEmailNotice({ email }: { email: string }) {
  const trpc = useTRPC();
  const hold = useRateLimitHold("auth.resendVerification");
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());
  const outcome = resend.isSuccess
    ? `We sent a new link to ${email}.`
    : resend.error
      ? `We couldn't send it: ${toUiError(resend.error).message}`
      : "";

  return (
    <div className="flex flex-col gap-2 rounded-card border border-info-border bg-info-subtle p-4 text-sm sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <p>
          <strong className="font-semibold text-info-strong">Confirm your email:</strong> we sent a link to {email}.
        </p>
        <p role="status" className="text-muted-foreground">
          {outcome}
        </p>
      </div>
      <Button type="button" variant="secondary" size="sm" loading={resend.isPending} disabled={hold !== null} onClick={() => resend.mutate()}>
        Send it again
      </Button>
    </div>
  );
}
