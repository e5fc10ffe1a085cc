import { hash, verify, type Algorithm } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes). @node-rs/argon2 runs on libuv's thread pool,
// so hashing never blocks the event loop.
// `Algorithm` is an ambient const enum (not importable as a value here); 2 is its Argon2id member.
const argon2id: Algorithm.Argon2id = 2;
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

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

/**
 * Spends the same time as a real verification when the account does not exist, so a login
 * cannot tell "no such email" from "wrong password" by timing.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("decoy-password-for-timing-equalisation");
  await verifyPassword(await decoyHash, password);
  return false;
}
