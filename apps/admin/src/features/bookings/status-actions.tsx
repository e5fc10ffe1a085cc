import { ErrorNotice, formatGuests, formatShortDate } from "@slotted/app-shell";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, ConfirmDialog, Field, Textarea, toast } from "@slotted/ui";
import { allowedNextStatuses, type BookingStatusValue } from "@slotted/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { destructiveStatuses, statusActionLabel, statusLabel, type StaffBooking } from "./booking-words.ts";
import { invalidateBookingViews } from "./booking-views.ts";
import { holdReason } from "./write-hold.ts";

const noteLimit = 500;

interface StatusActionsProps {
  booking: StaffBooking;
  /** Answers true when a 409 was a stale version (the drawer then says what changed). */
  explainConflict: (error: unknown) => Promise<boolean>;
}

/**
 * The moves the state machine allows from the booking's status (`allowedNextStatuses`), one
 * button each; cancelling and no-show ask first. An optional note goes to the history (and
 * becomes the cancel reason).
 */
export function StatusActions({ booking, explainConflict }: StatusActionsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const next = allowedNextStatuses(booking.status);
  const hold = useRateLimitHold("bookings.setStatus");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState<BookingStatusValue | null>(null);
  // While a 409 is being looked into, its raw message would only flash before the explanation.
  const [checking, setChecking] = useState(false);
  const headingId = useId();
  const reasonId = useId();

  const setStatus = useMutation(
    trpc.bookings.setStatus.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.bookings.adminById.queryKey({ id: updated.id }), updated);
        await invalidateBookingViews(queryClient, trpc, updated.id);
      },
    }),
  );

  const move = async (status: BookingStatusValue) => {
    try {
      const trimmed = note.trim();
      const updated = await setStatus.mutateAsync({ id: booking.id, status, version: booking.version, ...(trimmed ? { note: trimmed } : {}) });
      setNote("");
      setConfirming(null);
      toast({ tone: "success", title: `${updated.reference} is now ${statusLabel(updated.status).toLowerCase()}` });
    } catch (error) {
      setChecking(true);
      if (await explainConflict(error).catch(() => false)) {
        setStatus.reset();
        setConfirming(null);
      }
      setChecking(false);
    }
  };

  const failure = setStatus.error ? toUiError(setStatus.error) : null;
  const noteError = failure?.fieldErrors.note;
  // A 429 is explained by the countdown and the disabled buttons; anything else, here.
  const showFailure = failure !== null && !checking && noteError === undefined && failure.status !== 429;
  const reason = holdReason(hold);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 border-t border-border pt-5">
      <h3 id={headingId} className="text-base font-semibold text-foreground">
        Change status
      </h3>
      {next.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          This booking is {statusLabel(booking.status).toLowerCase()}: that is final, so its status can't change any more.
        </p>
      ) : (
        <>
          <div role="group" aria-labelledby={headingId} className="flex flex-wrap gap-2">
            {next.map((status) => {
              const destructive = destructiveStatuses.includes(status);
              return (
                <Button
                  key={status}
                  type="button"
                  // Outlined in red here: the solid red is kept for the confirmation that really ends the booking.
                  variant={destructive ? "secondary" : status === next[0] ? "primary" : "secondary"}
                  className={destructive ? "border-danger-border text-danger-strong hover:bg-danger-subtle" : undefined}
                  disabled={reason !== null || setStatus.isPending}
                  loading={setStatus.isPending && setStatus.variables.status === status && confirming === null}
                  aria-describedby={reason ? reasonId : undefined}
                  onClick={() => {
                    setStatus.reset();
                    if (destructive) setConfirming(status);
                    else void move(status);
                  }}
                >
                  {statusActionLabel[status]}
                </Button>
              );
            })}
          </div>
          {reason ? (
            <p id={reasonId} className="text-sm text-muted-foreground">
              {reason}
            </p>
          ) : null}
          <Field
            label="Note (optional)"
            hint="Kept in the booking's history; a cancellation's note becomes its reason."
            error={noteError && !confirming ? `Note ${noteError}` : undefined}
          >
            {(control) => <Textarea {...control} rows={2} maxLength={noteLimit} value={note} onChange={(event) => setNote(event.target.value)} />}
          </Field>
          {showFailure && !confirming ? <ErrorNotice error={setStatus.error} title="The status was not changed" /> : null}
        </>
      )}

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) {
            setConfirming(null);
            setStatus.reset();
          }
        }}
        title={confirming === "NO_SHOW" ? `Mark ${booking.reference} as a no-show?` : `Cancel ${booking.reference}?`}
        description={
          confirming === "NO_SHOW"
            ? `${booking.contactName}'s table for ${formatGuests(booking.partySize)} on ${formatShortDate(booking.date)} at ${booking.time} is recorded as not turning up. This can't be undone.`
            : `${booking.contactName}'s table for ${formatGuests(booking.partySize)} on ${formatShortDate(booking.date)} at ${booking.time} is released. This can't be undone.`
        }
        confirmLabel={confirming ? statusActionLabel[confirming] : "Confirm"}
        cancelLabel="Keep booking"
        tone="destructive"
        pending={setStatus.isPending}
        onConfirm={() => (confirming ? move(confirming) : undefined)}
      >
        <div className="flex flex-col gap-4">
          <Field
            label={confirming === "CANCELLED" ? "Reason (optional)" : "Note (optional)"}
            hint="Kept in the booking's history."
            error={noteError ? `${confirming === "CANCELLED" ? "Reason" : "Note"} ${noteError}` : undefined}
          >
            {(control) => <Textarea {...control} rows={3} maxLength={noteLimit} value={note} onChange={(event) => setNote(event.target.value)} />}
          </Field>
          {showFailure ? <ErrorNotice error={setStatus.error} title="The status was not changed" /> : null}
          {reason ? <p className="text-sm text-muted-foreground">{reason}</p> : null}
        </div>
      </ConfirmDialog>
    </section>
  );
}
