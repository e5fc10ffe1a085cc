// Shared by this package's tests: the real client against a test router, and a way to let fake
// time run until a call settles.
import type { AppRouter } from "@slotted/core";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { vi } from "vitest";
import type { ApiClient } from "../api-client.ts";

export function optionsFor(client: ApiClient) {
  return createTRPCOptionsProxy<AppRouter>({ client: client.trpcClient, queryClient: client.queryClient });
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Advances fake time in steps until the promise settles (retries, backoff and timeouts included). */
export async function settle<T>(promise: Promise<T>, options: { stepMs?: number; maxMs?: number } = {}): Promise<Settled<T>> {
  const stepMs = options.stepMs ?? 100;
  const maxMs = options.maxMs ?? 120_000;
  let outcome: Settled<T> | undefined;
  promise.then(
    (value) => (outcome = { ok: true, value }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  for (let elapsed = 0; outcome === undefined && elapsed <= maxMs; elapsed += stepMs) {
    await vi.advanceTimersByTimeAsync(stepMs);
  }
  if (outcome === undefined) throw new Error(`still pending after ${maxMs} ms of fake time`);
  return outcome;
}

export const bookingInput = {
  date: "2030-06-01",
  time: "19:00",
  partySize: 2,
  durationMinutes: 120,
  contactPhone: "+44 20 7946 0000",
};
