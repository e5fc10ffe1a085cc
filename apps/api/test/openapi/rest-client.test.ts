import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlottedClient, type SlottedClient } from "@slotted/example-rest-client/src/client.ts";
import {
  book,
  cancel,
  firstSlotWithRoom,
  listMyBookings,
  register,
  reschedule,
  signIn,
  tryToBook,
  type Booking,
} from "@slotted/example-rest-client/src/book-a-table.ts";
import { createAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { venueDate } from "../bookings/booking-helpers.ts";

/**
 * The example in examples/rest-client is what an outside consumer would write: types generated
 * from the served document, openapi-fetch, no hand-written API types. This keeps it honest: the
 * committed types must match the document, the example must compile against them, and the
 * journey it shows must behave as its README says against a real server.
 */

const exampleDir = dirname(createRequire(import.meta.url).resolve("@slotted/example-rest-client/package.json"));
// A small venue, so one other party can fill a slot.
const capacity = 4;
const opening = "11:00";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: {
      BOOKING_SLOT_CAPACITY: String(capacity),
      BUSINESS_OPENING_TIME: opening,
    },
  });
});
afterAll(() => server.close());

/** The generated file minus its leading comment, which says how it was made and is not the contract. */
const withoutHeader = (source: string) => source.replace(/^\s*\/\*[\s\S]*?\*\/\s*/, "");

function firstDifference(committed: string, generated: string): string {
  const [a, b] = [committed.split("\n"), generated.split("\n")];
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `first difference at line ${at + 1} (after the header): committed ${JSON.stringify(a[at])}, served ${JSON.stringify(b[at])}`;
}

describe("the example REST client (examples/rest-client)", () => {
  it("commits the types openapi-typescript generates from the served document", async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    // The document's text, as the CLI would read it from the URL: same parser, same options.
    const generated = astToString(await openapiTS(await res.text(), { silent: true }));
    const committed = withoutHeader(await readFile(join(exampleDir, "src/slotted-api.ts"), "utf8"));
    expect(
      committed === withoutHeader(generated),
      `examples/rest-client/src/slotted-api.ts is stale: start a server (pnpm start) and run ` +
        `\`pnpm --filter @slotted/example-rest-client generate\`; ${firstDifference(committed, withoutHeader(generated))}`,
    ).toBe(true);
  });

  it("compiles with tsc --noEmit against those types", async () => {
    const tsc = createRequire(join(exampleDir, "package.json")).resolve("typescript/bin/tsc");
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [tsc, "--noEmit", "-p", exampleDir], { timeout: 120_000 }, (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : -1) : 0,
          output: `${stdout}${stderr}`,
        });
      });
    });
    expect(result.code, result.output).toBe(0);
  }, 120_000);
});

/** State one step of the journey hands the next; if that step failed, say so rather than throw a TypeError. */
function from<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`needs ${what} from an earlier step, which failed`);
  return value;
}

describe("booking a table with the example client, against a real server", () => {
  const email = `rest-client-${Date.now().toString(36)}@example.test`;
  const password = "a-long-example-passphrase";
  const partySize = 2;
  let signedIn: SlottedClient | undefined;
  let booked: Booking | undefined;
  const client = () => from(signedIn, "the signed-in client");
  const date = () => venueDate(server, 2);

  it("registers (201) and signs in with the password, getting a bearer token", async () => {
    const registered = await register(server.url, {
      email,
      password,
      name: "Rest Client",
    });
    expect(registered.status).toBe(201);
    expect(registered.session.user).toMatchObject({ email, role: "CUSTOMER" });
    const session = await signIn(server.url, { email, password });
    expect(session.session.user.id).toBe(registered.session.user.id);
    expect(session.session.token).not.toBe(registered.session.token);
    signedIn = session.client;
  });

  it("reads availability and picks the first slot with room", async () => {
    const slot = await firstSlotWithRoom(client(), date(), partySize);
    // A fresh venue: the first slot of the day (opening time) has the whole capacity.
    expect(slot).toEqual({ time: opening, remaining: capacity });
  });

  it("books with an Idempotency-Key (201), and a retry with the same key replays it (200, same booking)", async () => {
    const request = {
      date: date(),
      time: opening,
      partySize,
      contactPhone: "07911 123456",
    };
    const first = await book(client(), request, "rest-client-journey-1");
    expect(first).toMatchObject({
      status: 201,
      replayed: false,
      booking: { date: date(), time: opening, partySize },
    });
    const replay = await book(client(), request, "rest-client-journey-1");
    expect(replay).toMatchObject({ status: 200, replayed: true });
    expect(replay.booking).toEqual(first.booking);
    booked = first.booking;
  });

  it("is refused a full slot with a typed 409 whose `remaining` says no places are left", async () => {
    const other = createSlottedClient(server.url, (await createAccount(server)).token);
    const full = {
      date: date(),
      time: "19:00",
      partySize: capacity,
      contactPhone: "07911 123456",
    };
    const filled = await tryToBook(other, full);
    expect(filled, JSON.stringify(filled)).toMatchObject({
      booked: true,
      status: 201,
    });

    const attempt = await tryToBook(client(), { ...full, partySize });
    if (attempt.booked) throw new Error(`expected a 409 for a full slot, got ${attempt.status}`);
    expect(attempt.status).toBe(409);
    expect(attempt.error).toMatchObject({ code: "CONFLICT", remaining: 0 });
    expect(attempt.error.requestId).toEqual(expect.any(String));
    expect(attempt.remaining).toBe(0);
  });

  it("lists only the customer's own bookings in the paginated envelope", async () => {
    const page = await listMyBookings(client());
    expect(page).toMatchObject({
      total: 1,
      page: 1,
      totalPages: 1,
      hasNext: false,
      hasPrev: false,
    });
    expect(page.items.map((item) => item.id)).toEqual([from(booked, "the booking").id]);
  });

  it("reschedules to another time, bumping the version", async () => {
    const before = from(booked, "the booking");
    const moved = await reschedule(client(), before, {
      date: date(),
      time: "15:00",
    });
    expect(moved).toMatchObject({
      id: before.id,
      date: date(),
      time: "15:00",
      version: before.version + 1,
    });
    expect(moved.time).not.toBe(before.time);
    booked = moved;
  });

  it("cancels, answering the booking with status CANCELLED", async () => {
    const before = from(booked, "the booking");
    const cancelled = await cancel(client(), before, "Plans changed");
    expect(cancelled).toMatchObject({
      id: before.id,
      status: "CANCELLED",
      cancelReason: "Plans changed",
    });
    expect(cancelled.cancelledAt).toEqual(expect.any(String));
    expect((await listMyBookings(client())).items.map((item) => item.status)).toEqual(["CANCELLED"]);
  });
});
