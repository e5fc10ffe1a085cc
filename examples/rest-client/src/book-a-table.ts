/**
 * Booking a table at a Slotted venue over REST, one small function per step. Every type here
 * is looked up in the generated `paths`/`components`, never written by hand, so a change to
 * the OpenAPI document that breaks this journey breaks `tsc` before it breaks a customer.
 */
import { createSlottedClient, type SlottedClient } from "./client.ts";
import type { components, paths } from "./slotted-api.ts";

type Json<T extends { content: { "application/json": unknown } }> = T["content"]["application/json"];

/** The one error shape of every non-2xx answer. */
export type ErrorBody = components["schemas"]["ErrorBody"];
export type Registration = Json<paths["/auth/register"]["post"]["requestBody"]>;
export type Credentials = Json<paths["/auth/login"]["post"]["requestBody"]>;
export type Session = Json<paths["/auth/login"]["post"]["responses"][200]>;
export type Availability = Json<paths["/bookings/availability"]["get"]["responses"][200]>;
export type Slot = Availability["slots"][number];
export type BookingRequest = Json<paths["/bookings"]["post"]["requestBody"]>;
export type Booking = Json<paths["/bookings"]["post"]["responses"][201]>;
export type BookingPage = Json<paths["/bookings"]["get"]["responses"][200]>;

/** Thrown when the server refuses a step; keeps the status and the typed error body. */
export class SlottedApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(step: string, response: Response, body: ErrorBody) {
    super(`${step}: ${response.status} ${body.code}: ${body.message} (request ${body.requestId})`);
    this.name = "SlottedApiError";
    this.status = response.status;
    this.body = body;
  }
}

/** Creates a customer account (201); the answer already carries a session token. */
export async function register(baseUrl: string, registration: Registration) {
  const { data, error, response } = await createSlottedClient(baseUrl).POST("/auth/register", { body: registration });
  if (error) throw new SlottedApiError("register", response, error);
  return { status: response.status, session: data };
}

/** Signs in and answers a client that sends the new session's bearer token on every call. */
export async function signIn(baseUrl: string, credentials: Credentials): Promise<{ client: SlottedClient; session: Session }> {
  const { data, error, response } = await createSlottedClient(baseUrl).POST("/auth/login", { body: credentials });
  if (error) throw new SlottedApiError("sign in", response, error);
  return { client: createSlottedClient(baseUrl, data.token), session: data };
}

/** Every slot start on `date` with the party size that still fits there. */
export async function readAvailability(client: SlottedClient, date: string): Promise<Availability> {
  const { data, error, response } = await client.GET("/bookings/availability", { params: { query: { date } } });
  if (error) throw new SlottedApiError("availability", response, error);
  return data;
}

/** The first slot on `date` with room for the party, or undefined when the day is full. */
export async function firstSlotWithRoom(client: SlottedClient, date: string, partySize: number): Promise<Slot | undefined> {
  const { slots } = await readAvailability(client, date);
  return slots.find((slot) => slot.remaining >= partySize);
}

/**
 * Books with an `Idempotency-Key`, so a retry after a lost answer cannot book twice: a new
 * booking answers 201; the same key and body again answer 200 with the original booking and
 * `Idempotent-Replayed: true`.
 */
export async function book(client: SlottedClient, request: BookingRequest, idempotencyKey: string) {
  const { data, error, response } = await client.POST("/bookings", {
    params: { header: { "Idempotency-Key": idempotencyKey } },
    body: request,
  });
  if (error) throw new SlottedApiError("book", response, error);
  return { status: response.status, replayed: response.headers.get("Idempotent-Replayed") === "true", booking: data };
}

export type BookingAttempt =
  | { booked: true; status: number; booking: Booking }
  | { booked: false; status: number; error: ErrorBody; remaining: number | undefined };

/**
 * Tries to book without throwing on a refusal, for slots that may be full: a 409 says so in the
 * typed error body, whose `remaining` is how many places are still free at that time.
 */
export async function tryToBook(client: SlottedClient, request: BookingRequest): Promise<BookingAttempt> {
  const { data, error, response } = await client.POST("/bookings", { body: request });
  if (error) return { booked: false, status: response.status, error, remaining: error.remaining };
  return { booked: true, status: response.status, booking: data };
}

/** One page of the signed-in customer's bookings, with the paging envelope around it. */
export async function listMyBookings(client: SlottedClient, page = 1, perPage = 20): Promise<BookingPage> {
  const { data, error, response } = await client.GET("/bookings", { params: { query: { page, perPage } } });
  if (error) throw new SlottedApiError("list bookings", response, error);
  return data;
}

/** Moves a booking; sending the version we loaded refuses the move if it changed meanwhile (409). */
export async function reschedule(client: SlottedClient, booking: Booking, to: { date: string; time: string }): Promise<Booking> {
  const { data, error, response } = await client.POST("/bookings/{id}/reschedule", {
    params: { path: { id: booking.id } },
    body: { ...to, version: booking.version },
  });
  if (error) throw new SlottedApiError("reschedule", response, error);
  return data;
}

/** Cancels a booking; the answer is the booking with status CANCELLED. */
export async function cancel(client: SlottedClient, booking: Booking, reason?: string): Promise<Booking> {
  const { data, error, response } = await client.POST("/bookings/{id}/cancel", {
    params: { path: { id: booking.id } },
    body: { version: booking.version, ...(reason === undefined ? {} : { reason }) },
  });
  if (error) throw new SlottedApiError("cancel", response, error);
  return data;
}
