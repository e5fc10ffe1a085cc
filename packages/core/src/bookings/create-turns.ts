import type { PrismaClient } from "@slotted/db";

interface Waiter {
  /** Throws the early refusal when the slot this create wants has filled up. */
  recheck: () => Promise<void>;
  rechecking: boolean;
  /** Hands the date's turn to this create. */
  take: () => void;
  /** Answers this create without a turn: refused, or its request was aborted. */
  leave: (reason: Error) => void;
}

interface Turns {
  /** Dates whose create transaction is running in this process. */
  taken: Set<string>;
  /** The creates waiting for each date's turn, oldest first. */
  waiting: Map<string, Waiter[]>;
}

const turnsByDatabase = new WeakMap<PrismaClient, Turns>();

function turnsFor(prisma: PrismaClient): Turns {
  let turns = turnsByDatabase.get(prisma);
  if (!turns) {
    turns = { taken: new Set(), waiting: new Map() };
    turnsByDatabase.set(prisma, turns);
  }
  return turns;
}

const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));

function remove(turns: Turns, date: string, waiter: Waiter): void {
  const queue = turns.waiting.get(date);
  const at = queue?.indexOf(waiter) ?? -1;
  if (at >= 0) queue?.splice(at, 1);
  if (queue?.length === 0) turns.waiting.delete(date);
}

function waitForTurn(turns: Turns, date: string, recheck: () => Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => waiter.leave(asError(signal?.reason));
    const waiter: Waiter = {
      recheck,
      rechecking: false,
      take: () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      leave: (reason) => {
        signal?.removeEventListener("abort", onAbort);
        remove(turns, date, waiter);
        reject(reason);
      },
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    const queue = turns.waiting.get(date) ?? [];
    queue.push(waiter);
    turns.waiting.set(date, queue);
  });
}

/**
 * Ends a turn: the oldest waiter takes the next one at once (its transaction's own check under
 * the lock decides), and every other waiter re-runs its early refusal meanwhile, off that path.
 */
function passTurn(turns: Turns, date: string): void {
  const queue = turns.waiting.get(date);
  const next = queue?.shift();
  if (!queue || !next) {
    turns.taken.delete(date);
    return;
  }
  if (queue.length === 0) turns.waiting.delete(date);
  next.take();
  for (const waiter of queue) {
    if (waiter.rechecking) continue;
    waiter.rechecking = true;
    waiter.recheck().then(
      () => {
        waiter.rechecking = false;
      },
      (refusal: unknown) => waiter.leave(asError(refusal)),
    );
  }
}

/**
 * Runs a create's transaction (`work`) when no other create on the same date is running in this
 * process. The others wait here holding no pool connection, instead of each holding one while
 * queued on the date's advisory lock (still taken inside `work`: it is the authority across
 * processes). `recheck` throws the early refusal: it runs before waiting and, for every waiter,
 * whenever a turn ends, so once a slot fills its waiters are answered together from one shared
 * read instead of one by one under the lock.
 */
export async function inCreateTurn<T>(
  prisma: PrismaClient,
  date: string,
  recheck: () => Promise<void>,
  work: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const turns = turnsFor(prisma);
  signal?.throwIfAborted();
  await recheck();
  // No await between this test and taking the turn: two creates cannot both take it.
  if (turns.taken.has(date)) await waitForTurn(turns, date, recheck, signal);
  else turns.taken.add(date);
  try {
    signal?.throwIfAborted();
    return await work();
  } finally {
    passTurn(turns, date);
  }
}
