import { toUiError, useTRPC } from "@slotted/client";
import { ConfirmDialog, Field, Textarea } from "@slotted/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorNotice, formatGuests, formatLongDate } from "@slotted/app-shell";
import type { CustomerBooking } from "./change-lock.ts";

interface CancelBookingDialogProps {
  booking: CustomerBooking;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCancelled: (booking: CustomerBooking) => void;
  /** Answers true when a 409 was a stale version (the page then shows what changed). */
  explainConflict: (error: unknown) => Promise<boolean>;
}

const reasonLimit = 500;

/** "Cancel this booking?" with an optional reason; focus is trapped inside and returned after. */
export function CancelBookingDialog({ booking, open, onOpenChange, onCancelled, explainConflict }: CancelBookingDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");

  const cancel = useMutation(
    trpc.bookings.cancel.mutationOptions({
      onSuccess: async (cancelled) => {
        queryClient.setQueryData(trpc.bookings.byId.queryKey({ id: cancelled.id }), cancelled);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.bookings.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.bookings.availability.pathKey() }),
        ]);
      },
    }),
  );

  const confirm = async () => {
    try {
      const cancelled = await cancel.mutateAsync({ id: booking.id, reason: reason.trim() || undefined, version: booking.version });
      onOpenChange(false);
      onCancelled(cancelled);
    } catch (error) {
      if (await explainConflict(error)) onOpenChange(false);
    }
  };

  const failure = cancel.error ? toUiError(cancel.error) : null;
  const reasonError = failure?.fieldErrors.reason;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) cancel.reset();
        onOpenChange(next);
      }}
      title="Cancel this booking?"
      description={`Your table for ${formatGuests(booking.partySize)} on ${formatLongDate(booking.date)} at ${booking.time} will be released. This can't be undone.`}
      confirmLabel="Cancel booking"
      cancelLabel="Keep booking"
      tone="destructive"
      pending={cancel.isPending}
      onConfirm={confirm}
    >
      <div className="flex flex-col gap-4">
        <Field
          label="Reason (optional)"
          hint={`Helps the venue plan. Up to ${reasonLimit} characters.`}
          error={reasonError ? `Reason ${reasonError}` : undefined}
        >
          {(control) => <Textarea {...control} value={reason} maxLength={reasonLimit} rows={3} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        {/* A 429 is explained by the countdown banner; anything else is explained here. */}
        {failure && !reasonError && failure.status !== 429 ? <ErrorNotice error={cancel.error} title="The booking was not cancelled" /> : null}
      </div>
    </ConfirmDialog>
  );
}
