import { ErrorNotice } from "@slotted/app-shell";
import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, Field, Textarea, toast } from "@slotted/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import type { StaffBooking } from "./booking-words.ts";
import { invalidateBookingViews } from "./booking-views.ts";
import { holdReason } from "./write-hold.ts";

const notesLimit = 2000;

interface InternalNotesEditorProps {
  booking: StaffBooking;
  /** Answers true when a 409 was a stale version (the drawer then says what changed). */
  explainConflict: (error: unknown) => Promise<boolean>;
}

/**
 * Staff-only notes, saved whole with the version they were loaded at. After a conflict the
 * booking is reloaded but the text being written stays, so it can be saved again (or dropped
 * for the notes now saved).
 */
export function InternalNotesEditor({ booking, explainConflict }: InternalNotesEditorProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = booking.internalNotes;
  const [draft, setDraft] = useState(saved ?? "");
  // The saved text the draft started from: when the saved notes change under an untouched draft,
  // the draft follows; a draft being written is never overwritten.
  const [base, setBase] = useState(saved);
  if (saved !== base) {
    setBase(saved);
    if (draft === (base ?? "")) setDraft(saved ?? "");
  }
  const [reloaded, setReloaded] = useState(false);
  // While a 409 is being looked into, its raw message would only flash before the explanation.
  const [checking, setChecking] = useState(false);
  const hold = useRateLimitHold("bookings.setInternalNotes");
  const reason = holdReason(hold);
  const reasonId = useId();
  const dirty = draft !== (saved ?? "");

  const save = useMutation(
    trpc.bookings.setInternalNotes.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.bookings.adminById.queryKey({ id: updated.id }), updated);
        await invalidateBookingViews(queryClient, trpc, updated.id);
      },
    }),
  );

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!dirty || save.isPending) return;
    try {
      const updated = await save.mutateAsync({ id: booking.id, internalNotes: draft.trim() === "" ? null : draft, version: booking.version });
      // The server tidies the text (trims it); show what it kept.
      setBase(updated.internalNotes);
      setDraft(updated.internalNotes ?? "");
      setReloaded(false);
      toast({ tone: "success", title: updated.internalNotes ? "Internal notes saved" : "Internal notes cleared" });
    } catch (error) {
      setChecking(true);
      if (await explainConflict(error).catch(() => false)) {
        save.reset();
        setReloaded(true);
      }
      setChecking(false);
    }
  };

  const failure = save.error ? toUiError(save.error) : null;
  const fieldError = failure?.fieldErrors.internalNotes;
  const showFailure = failure !== null && !checking && fieldError === undefined && failure.status !== 429;

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3 border-t border-border pt-5" noValidate>
      <Field
        label="Internal notes"
        hint="Only staff see these; the guest never does."
        error={fieldError ? `Internal notes ${fieldError}` : undefined}
      >
        {(control) => (
          <Textarea {...control} rows={4} maxLength={notesLimit} value={draft} onChange={(event) => setDraft(event.target.value)} />
        )}
      </Field>
      {reloaded && dirty ? (
        <div className="rounded-control border border-warning-border bg-warning-subtle p-3 text-sm text-warning-strong">
          <p className="font-medium">Your text above is not saved yet.</p>
          <p className="mt-1">
            {saved ? (
              <>
                The notes saved now read: <span className="whitespace-pre-wrap">“{saved}”</span>
              </>
            ) : (
              "No notes are saved now."
            )}{" "}
            Save to replace them with your text, or use the saved notes instead.
          </p>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => {
              setDraft(saved ?? "");
              setReloaded(false);
            }}
          >
            Use the saved notes
          </Button>
        </div>
      ) : null}
      {showFailure ? <ErrorNotice error={save.error} title="The notes were not saved" /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={!dirty || reason !== null} loading={save.isPending} aria-describedby={reason ? reasonId : undefined}>
          Save notes
        </Button>
        {dirty && !reloaded ? <span className="text-sm text-muted-foreground">Unsaved changes</span> : null}
      </div>
      {reason ? (
        <p id={reasonId} className="text-sm text-muted-foreground">
          {reason}
        </p>
      ) : null}
    </form>
  );
}
