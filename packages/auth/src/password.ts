import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes). @node-rs/argon2 runs on libuv's thread pool,
// so hashing never blocks the event loop. Its default algorithm is Argon2id; `Algorithm` is an
// ambient const enum that isolatedModules cannot reference, so we rely on that default (the
// tests assert the `$argon2id$` prefix).
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
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
