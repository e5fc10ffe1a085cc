// Closed-loop customers for the load suite: each signed-in client sends one request at a time
// for a fixed duration, choosing reads, creates, cancels and logins, and records every outcome.
import { setTimeout as sleep } from "node:timers/promises";
import { venueDate } from "../bookings/booking-helpers.ts";
import type { TestAccount } from "../helpers/accounts.ts";
import type { TestServer } from "../helpers/test-server.ts";
import { clientAddress, from } from "../rate-limit/traffic.ts";

export type Action = "list" | "availability" | "create" | "cancel" | "login";

export interface Outcome {
  action: Action;
  /** HTTP status, or 0 when no answer arrived (connection error, client-side abort). */
  status: number;
  ms: number;
  /** When the request was sent, in ms since the run began. */
  at: number;
  /** Which server answered (index into the base URLs). */
  server: number;
  detail?: string;
}

/** One customer of the load: its account, its own client address and the bookings it holds. */
export interface LoadClient {
  email: string;
  password: string;
  token: string;
  address: string;
  active: string[];
}

export interface TrafficPlan {
  clients: LoadClient[];
  /** Base URLs (`http://host:port`); client requests rotate through them. */
  servers: string[];
  durationMs: number;
  /** Date/time pairs creates choose from: few of them, so clients contend for capacity. */
  slots: { date: string; time: string }[];
  /** Dates availability reads ask about. */
  dates: string[];
  /** Clients start evenly spread over this long, as real traffic ramps up, not all in one tick. */
  rampUpMs: number;
  /** Each client pauses a random time up to this between requests (a person reading the page). */
  maxThinkMs: number;
  /** Client-side bound on one request, so a hung server fails the test instead of stalling it. */
  abortAfterMs: number;
}

/** Statuses each action may correctly answer with; anything else is a defect the load exposed. */
export const expectedStatuses: Record<Action, readonly number[]> = {
  list: [200, 429],
  availability: [200, 429],
  // 409: the slot is full, or this customer already holds it.
  create: [201, 409, 429],
  // The client cancels only bookings it knows are active, so a conflict would be a real bug.
  cancel: [200, 429],
  login: [200, 429],
};

export function loadClients(accounts: TestAccount[]): LoadClient[] {
  return accounts.map((account) => ({
    email: account.user.email,
    password: account.password,
    token: account.token,
    address: clientAddress(),
    active: [],
  }));
}

/**
 * Where the load books: four evening starts on each of the next four days. Two-hour bookings
 * starting 30 minutes apart all overlap, so creates contend for one pool of covers per day.
 */
export function contendedSlots(server: TestServer): Pick<TrafficPlan, "slots" | "dates"> {
  const dates = [1, 2, 3, 4].map((offset) => venueDate(server, offset));
  return { dates, slots: dates.flatMap((date) => ["18:00", "18:30", "19:00", "19:30"].map((time) => ({ date, time }))) };
}

/** mulberry32: a small seeded generator, so each client's choices repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("picked from an empty list");
  return item;
};

/** ~60% reads (split between own list and availability), ~20% creates, ~10% cancels, ~10% logins. */
function chooseAction(client: LoadClient, random: () => number): Action {
  const roll = random();
  if (roll < 0.3) return "list";
  if (roll < 0.6) return "availability";
  if (roll < 0.8) return "create";
  if (roll < 0.9) return client.active.length > 0 ? "cancel" : "list";
  return "login";
}

interface Exchange {
  status: number;
  body: unknown;
}

async function send(url: string, init: { method: string; headers: Record<string, string>; body?: unknown }, abortAfterMs: number): Promise<Exchange> {
  const res = await fetch(url, {
    method: init.method,
    headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(abortAfterMs),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const field = (body: unknown, name: string): unknown =>
  typeof body === "object" && body !== null && name in body ? (body as Record<string, unknown>)[name] : undefined;

/** Sends one request of `action` for `client` and updates what the client holds from the answer. */
async function act(client: LoadClient, action: Action, base: string, plan: TrafficPlan, random: () => number): Promise<Exchange> {
  const headers = { ...from(client.address), authorization: `Bearer ${client.token}` };
  const api = `${base}/api/v1`;
  switch (action) {
    case "list":
      return send(`${api}/bookings?perPage=20`, { method: "GET", headers }, plan.abortAfterMs);
    case "availability":
      return send(`${api}/bookings/availability?date=${pick(plan.dates, random)}`, { method: "GET", headers }, plan.abortAfterMs);
    case "create": {
      const slot = pick(plan.slots, random);
      const body = { ...slot, partySize: 1 + Math.floor(random() * 4), contactPhone: "07911 123456" };
      const reply = await send(`${api}/bookings`, { method: "POST", headers, body }, plan.abortAfterMs);
      const id = field(reply.body, "id");
      if (reply.status === 201 && typeof id === "string") client.active.push(id);
      return reply;
    }
    case "cancel": {
      const index = Math.floor(random() * client.active.length);
      const id = client.active[index];
      const reply = await send(`${api}/bookings/${id}/cancel`, { method: "POST", headers, body: {} }, plan.abortAfterMs);
      if (reply.status === 200) client.active.splice(index, 1);
      return reply;
    }
    case "login": {
      // A fresh sign-in, as after a reload: no bearer, so it is counted by address and email.
      const body = { email: client.email, password: client.password };
      const reply = await send(`${api}/auth/login`, { method: "POST", headers: from(client.address), body }, plan.abortAfterMs);
      const token = field(reply.body, "token");
      if (reply.status === 200 && typeof token === "string") client.token = token;
      return reply;
    }
  }
}

/**
 * One request of each kind, one at a time, on every server, by a client outside the measured
 * group: first calls compile query plans and fill caches, and 100 clients arriving at once on a
 * cold process would measure that start-up instead of the steady load.
 */
export async function warmUp(plan: TrafficPlan, client: LoadClient): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const random = seededRandom(0);
  for (const [server, base] of plan.servers.entries()) {
    for (const action of ["list", "availability", "create", "cancel", "login"] as const) {
      if (action === "cancel" && client.active.length === 0) continue;
      const started = performance.now();
      const reply = await act(client, action, base, plan, random);
      outcomes.push({ action, status: reply.status, ms: performance.now() - started, at: 0, server });
    }
  }
  return outcomes;
}

/**
 * Runs every client until `durationMs` has passed; a request under way at the deadline completes.
 * Client `i` starts on server `i % servers.length` and moves to the next server on each request.
 */
export async function runMixedTraffic(plan: TrafficPlan, seed = 1): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const began = performance.now();
  const deadline = began + plan.durationMs;
  await Promise.all(
    plan.clients.map(async (client, index) => {
      const random = seededRandom(seed * 10_007 + index);
      await sleep((index * plan.rampUpMs) / plan.clients.length);
      for (let turn = index; performance.now() < deadline; turn++) {
        const server = turn % plan.servers.length;
        const action = chooseAction(client, random);
        const started = performance.now();
        try {
          const reply = await act(client, action, plan.servers[server] ?? "", plan, random);
          const ms = performance.now() - started;
          const detail = reply.status >= 400 && reply.status !== 429 ? JSON.stringify(reply.body).slice(0, 300) : undefined;
          outcomes.push({ action, status: reply.status, ms, at: started - began, server, ...(detail ? { detail } : {}) });
        } catch (err) {
          outcomes.push({ action, status: 0, ms: performance.now() - started, at: started - began, server, detail: String(err) });
        }
        await sleep(random() * plan.maxThinkMs);
      }
    }),
  );
  return outcomes;
}
