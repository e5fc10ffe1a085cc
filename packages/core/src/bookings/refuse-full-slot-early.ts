import type { PrismaClient } from "@slotted/db";
import { slotCapacityRefusal, type SlotClaim } from "./assert-slot-capacity.ts";
import { isIdempotencyKeyRecorded, type IdempotentRequest } from "./idempotency.ts";
import { sharedPeakCovers } from "./shared-peak-reads.ts";

/**
 * Before a create opens its transaction and queues on the date's lock: refuses a claim the
 * committed bookings already leave no room for, with the very 409 (`remaining` included) that the
 * authoritative check inside the lock would give. Lock-free, so it may let through a claim that
 * the check under the lock then refuses; it refuses only when the slot was full at the moment it
 * read, as a create that took the lock at that moment would have been.
 *
 * A keyed request is refused only when its key has no record. The key is looked up after the
 * peak, never before: a retry whose earlier attempt commits in between then sees that attempt's
 * key (committed with its booking) and replays it; looked up first, the retry could be refused
 * because of its own booking.
 */
export async function refuseFullSlotEarly(prisma: PrismaClient, claim: SlotClaim, idempotent: IdempotentRequest | undefined): Promise<void> {
  const refusal = slotCapacityRefusal(claim, await sharedPeakCovers(prisma, claim));
  if (!refusal) return;
  if (idempotent && (await isIdempotencyKeyRecorded(prisma, idempotent))) return;
  throw refusal;
}
