import type { RouterOutputs } from "@slotted/client";

type UserDetail = RouterOutputs["users"]["byId"];

const times = (count: number) => (count === 0 ? "None" : count === 1 ? "Once" : `${count} times`);

/** How reliable a customer has been: staff see it before they accept a booking or cancel one. */
export function BookingRecord({ user }: { user: Pick<UserDetail, "lateCancellations" | "noShows"> }) {
  return (
    <>
      <dt className="text-muted-foreground">Late cancellations</dt>
      <dd>{times(user.lateCancellations)}</dd>
      <dt className="text-muted-foreground">No-shows</dt>
      <dd>{times(user.noShows)}</dd>
    </>
  );
}
