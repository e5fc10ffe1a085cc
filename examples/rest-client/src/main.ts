/**
 * Runs the whole journey against a live server and prints what each step showed:
 *   node --import tsx examples/rest-client/src/main.ts        (from the repo root)
 * SLOTTED_URL picks the server (default http://localhost:3000). Output goes through
 * process.stdout.write because this is a command-line program, not library code.
 */
import { randomUUID } from "node:crypto";
import {
  book,
  cancel,
  firstSlotWithRoom,
  listMyBookings,
  readAvailability,
  register,
  reschedule,
  signIn,
  SlottedApiError,
  tryToBook,
} from "./book-a-table.ts";

const baseUrl = process.env.SLOTTED_URL ?? "http://localhost:3000";
const say = (line: string) => process.stdout.write(`${line}\n`);

/** `YYYY-MM-DD` plus whole days, in calendar arithmetic (no time zone involved). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const email = `rest-client-${randomUUID().slice(0, 8)}@example.test`;
  const password = "a-long-example-passphrase";
  const registered = await register(baseUrl, { email, password, name: "REST Client Example" });
  say(`register        ${registered.status}  ${registered.session.user.email} (${registered.session.user.role})`);

  const { client, session } = await signIn(baseUrl, { email, password });
  say(`sign in         200  token expires ${session.expiresAt}`);

  const venue = await client.GET("/bookings/venue");
  if (venue.error) throw new SlottedApiError("venue", venue.response, venue.error);
  const date = addDays(venue.data.today, 2);
  const partySize = 2;
  const slot = await firstSlotWithRoom(client, date, partySize);
  if (!slot) throw new Error(`No slot on ${date} has room for ${partySize}`);
  say(`availability    200  ${date} ${slot.time} has ${slot.remaining} places left`);

  const request = { date, time: slot.time, partySize, contactPhone: "07911 123456" };
  const key = randomUUID();
  const first = await book(client, request, key);
  say(`book            ${first.status}  ${first.booking.reference} ${first.booking.status} (new booking)`);
  const replay = await book(client, request, key);
  say(`book (retry)    ${replay.status}  same id: ${replay.booking.id === first.booking.id}, Idempotent-Replayed: ${replay.replayed}`);

  // Asking a later slot for one place more than it has left is refused, saying what remains.
  const { slots } = await readAvailability(client, date);
  const later = slots.find((candidate) => candidate.time > slot.time && candidate.remaining < venue.data.partySize.max);
  if (later) {
    const refused = await tryToBook(client, { ...request, time: later.time, partySize: later.remaining + 1 });
    if (refused.booked) say(`too many        ${refused.status}  unexpectedly booked ${refused.booking.reference}`);
    else say(`too many        ${refused.status}  ${refused.error.code}: ${refused.error.message} (remaining: ${refused.remaining ?? "?"})`);
  }

  const mine = await listMyBookings(client);
  say(`my bookings     200  ${mine.items.length} of ${mine.total} on page ${mine.page}/${mine.totalPages}`);

  const moved = await reschedule(client, first.booking, { date: addDays(date, 1), time: first.booking.time });
  say(`reschedule      200  ${moved.reference} now ${moved.date} ${moved.time} (version ${moved.version})`);

  const cancelled = await cancel(client, moved, "Plans changed");
  say(`cancel          200  ${cancelled.reference} ${cancelled.status}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
