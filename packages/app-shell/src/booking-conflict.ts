import { toUiError } from "@slotted/client";
import { useQueryClient, type QueryExecuteOptions, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";

/** What the changed-booking notice shows: the changes in sentences, and the 409's request ID. */
export interface ChangedBooking {
  changes: string[];
  requestId: string | undefined;
}

/** A page's conflict state: what changed (null until a conflict is explained), and the calls on it. */
export interface BookingConflict {
  changed: ChangedBooking | null;
  /** Give it a failed write's error; true when the 409 was someone else's change (now shown). */
  explain: (error: unknown) => Promise<boolean>;
  dismiss: () => void;
}

/** The part of a booking the conflict check reads: writes name the `version` the person saw. */
interface VersionedBooking {
  id: string;
  version: number;
}

/** How one app reads a booking and words its changes. */
export interface BookingConflictOptions<TBooking extends VersionedBooking, TError, TQueryKey extends QueryKey> {
  /** The query that reads one booking (e.g. `trpc.bookings.byId.queryOptions({ id })`); always asked afresh. */
  latest: (bookingId: string) => QueryExecuteOptions<TBooking, TError, TBooking, TBooking, TQueryKey>;
  /** The differences between the booking as seen and as it is now, in sentences. */
  describeChanges: (before: TBooking, after: TBooking) => string[];
  /** Runs once a change by someone else is found, e.g. to refetch other views of the booking. */
  onChanged?: (bookingId: string) => Promise<unknown>;
}

/**
 * After a 409 on a write that named the version the person saw: reload the booking and, when
 * someone else changed it meanwhile, say what changed. `explain` answers true when that was the
 * cause (the caller then shows nothing more); false for any other conflict (no room, a duplicate
 * time), which the caller explains itself.
 */
export function useBookingConflict<TBooking extends VersionedBooking, TError, TQueryKey extends QueryKey>(
  booking: TBooking | undefined,
  { latest, describeChanges, onChanged }: BookingConflictOptions<TBooking, TError, TQueryKey>,
): BookingConflict {
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<ChangedBooking | null>(null);

  const explain = async (error: unknown): Promise<boolean> => {
    const ui = toUiError(error);
    if (ui.status !== 409 || !booking) return false;
    const fresh = await queryClient.query({ ...latest(booking.id), staleTime: 0 });
    if (fresh.version === booking.version) return false;
    setChanged({ changes: describeChanges(booking, fresh), requestId: ui.requestId });
    await onChanged?.(booking.id);
    return true;
  };

  return { changed, explain, dismiss: () => setChanged(null) };
}
