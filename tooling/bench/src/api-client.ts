// The few REST calls the scenarios make to set up their data, timed where it matters.
import { performance } from "node:perf_hooks";

export const benchPassword = "bench-lantern-orbit-42";

export interface Timed<T> {
  status: number;
  ms: number;
  body: T;
}

export async function call<T = unknown>(
  url: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<Timed<T>> {
  const started = performance.now();
  const res = await fetch(url, {
    method: init.method ?? "GET",
    headers: {
      ...(init.body === undefined
        ? {}
        : { "content-type": "application/json" }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON; keep the text for error messages.
  }
  return { status: res.status, ms, body: body as T };
}

/** Registers a customer and answers its bearer token. */
export async function registerCustomer(
  baseUrl: string,
  email: string,
): Promise<string> {
  const res = await call<{ token?: string }>(
    `${baseUrl}/api/v1/auth/register`,
    {
      method: "POST",
      body: { email, password: benchPassword, name: "Bench Customer" },
    },
  );
  if (
    (res.status !== 201 && res.status !== 200) ||
    typeof res.body.token !== "string"
  ) {
    throw new Error(
      `register answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
    );
  }
  return res.body.token;
}

export async function login(
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> {
  const res = await call<{ token?: string }>(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    body: { email, password },
  });
  if (res.status !== 200 || typeof res.body.token !== "string")
    throw new Error(
      `login answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`,
    );
  return res.body.token;
}

export function createBooking(
  baseUrl: string,
  token: string,
  slot: { date: string; time: string },
): Promise<Timed<unknown>> {
  return call(`${baseUrl}/api/v1/bookings`, {
    method: "POST",
    token,
    body: {
      date: slot.date,
      time: slot.time,
      partySize: 1,
      contactPhone: "07911 123456",
    },
  });
}

/**
 * The seeder fills dates up to its horizon (BOOKING_MAX_DAYS_AHEAD, 180 by default) at large
 * scales, so the bench books beyond it, on a Slotted started with a longer horizon: those slots
 * are always empty.
 */
export const beyondSeededDays = 200;
export const bookableDaysAhead = 730;

/** A venue date `days` from today (the venue runs on UTC unless configured otherwise). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
