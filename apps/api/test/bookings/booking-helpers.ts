import { venueNow } from "@slotted/core";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson, type JsonResponse } from "../helpers/http.ts";
import type { TestServer } from "../helpers/test-server.ts";

/** The API's booking, as JSON (timestamps are ISO strings on REST). */
export interface BookingJson {
  id: string;
  reference: string;
  date: string;
  time: string;
  endTime: string;
  durationMinutes: number;
  partySize: number;
  status: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  specialRequests: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  internalNotes?: string | null;
  customer?: { id: string; name: string; email: string };
}

export interface ErrorJson {
  code: string;
  message: string;
  requestId: string;
  issues?: { path: string; message: string }[];
  [detail: string]: unknown;
}

export type { PageJson } from "../helpers/http.ts";

/** A date `offsetDays` from today in the server's venue timezone. */
export function venueDate(server: TestServer, offsetDays: number): string {
  return venueNow(server.config.business.timezone, new Date(Date.now() + offsetDays * 86_400_000)).date;
}

/** A valid create body for tomorrow evening; override any field. */
export function bookingBody(server: TestServer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { date: venueDate(server, 1), time: "19:00", partySize: 2, contactPhone: "07911 123456", ...overrides };
}

export const api = (server: TestServer, path: string) => `${server.url}/api/v1${path}`;

export function createBooking(
  server: TestServer,
  account: TestAccount,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<JsonResponse<BookingJson & ErrorJson>> {
  return requestJson(api(server, "/bookings"), { method: "POST", headers: { ...account.headers, ...headers }, body });
}

/** GET/POST/PATCH/PUT a REST path as `account`. */
export function call<T = BookingJson & ErrorJson>(
  server: TestServer,
  account: TestAccount | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<JsonResponse<T>> {
  return requestJson<T>(api(server, path), { method, headers: account?.headers ?? {}, body });
}

export function customers(server: TestServer, count: number): Promise<TestAccount[]> {
  return Promise.all(Array.from({ length: count }, () => createAccount(server)));
}

/** Sum of party sizes of active bookings at a date/time, straight from the database. */
export async function activeCoversInDatabase(server: TestServer, date: string, startMinute: number): Promise<number> {
  const rows = await server.services.db.prisma.booking.aggregate({
    where: { date: new Date(`${date}T00:00:00Z`), startMinute, status: { in: ["PENDING", "CONFIRMED", "SEATED"] } },
    _sum: { partySize: true },
  });
  return rows._sum.partySize ?? 0;
}

/** A tRPC call over HTTP (superjson envelope), for the parts only tRPC clients use. */
export async function trpcMutation(server: TestServer, account: TestAccount, path: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/trpc/${path}`, {
    method: "POST",
    headers: account.headers,
    body: JSON.stringify({ json: input }),
  });
  const body: unknown = await res.json();
  return { status: res.status, body };
}
