import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { concurrencyLimit } from "./concurrency-limit.ts";

// OWASP's argon2id baseline (19 MiB, 2 passes). @node-rs/argon2 runs on libuv's thread pool,
// so hashing never blocks the event loop. Its default algorithm is Argon2id; `Algorithm` is an
// ambient const enum that isolatedModules cannot reference, so we rely on that default (the
// tests assert the `$argon2id$` prefix).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * argon2 is CPU-bound: a login burst would otherwise occupy every core and every thread-pool
 * slot, starving the event loop (health checks, other requests) and file/DNS work. Keep one core
 * for the loop and at most 3 of libuv's 4 pool threads for hashing; the rest queue.
 */
export const maxConcurrentHashes = Math.max(1, Math.min(availableParallelism() - 1, 3));
const hashingSlot = concurrencyLimit(maxConcurrentHashes);

export function hashPassword(password: string): Promise<string> {
  return hashingSlot(() => hash(password, options));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await hashingSlot(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

function decoy(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-for-timing-equalisation");
  return decoyHash;
}

/** Computes the decoy hash ahead of the first login, so that login costs no more than the rest. */
export async function warmPasswordDecoy(): Promise<void> {
  await decoy();
}

/**
 * Spends the same time as a real verification when the account does not exist, so a login
 * cannot tell "no such email" from "wrong password" by timing.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  await verifyPassword(await decoy(), password);
  return false;
}
