// Request helpers for the rate-limit suites: many calls at once, tallied by status.
export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Reply> {
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Fires `count` requests at once (all in flight together) and waits for every answer. */
export function burst(count: number, send: (index: number) => Promise<Reply>): Promise<Reply[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => send(index)));
}

export function tally(replies: Reply[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const reply of replies) counts[reply.status] = (counts[reply.status] ?? 0) + 1;
  return counts;
}

/** A header that must be present. */
export function header(reply: Reply | undefined, name: string): string {
  if (!reply) throw new Error(`no reply to read ${name} from`);
  const value = reply.headers.get(name);
  if (value === null) throw new Error(`missing ${name} header (status ${reply.status})`);
  return value;
}

/** A distinct client address per test, believed by a server with TRUST_PROXY=true. */
let nextClient = 1;
export function clientAddress(): string {
  const n = nextClient++;
  return `198.51.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

export const from = (address: string): Record<string, string> => ({ "x-forwarded-for": address });

/**
 * Test servers here wait up to 1 s for Redis instead of 50 ms: on a busy CI machine an event
 * loop can stall past 50 ms, and the limiter would (correctly) fall back to counting in
 * process, which is not what the exactness tests measure. Outages are tested by killing Redis.
 */
export const patientRedis = { REDIS_COMMAND_TIMEOUT_MS: "1000" };
