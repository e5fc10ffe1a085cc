import { createHash } from "node:crypto";
import { lockScope, type Booking, type PrismaClient, type TransactionClient } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import { idempotencyKey as idempotencyKeySchema } from "@slotted/validators";
import { conflict } from "../errors/index.ts";
import { invalidBookingInput } from "./invalid-booking-input.ts";

/** How long a create request's key protects against a duplicate. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;

/** Values with object keys sorted at every level, so equal payloads serialise identically. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** SHA-256 of the canonical JSON of a request's (already validated) payload. */
export function payloadHash(payload: Record<string, unknown>): string {
  return createHash("sha256").update(JSON.stringify(canonical(payload))).digest("hex");
}

/**
 * The key for this request: the `Idempotency-Key` header (REST) or the `idempotencyKey` input
 * (tRPC). Both may be sent only if they agree; a malformed header is a 400 like any bad field.
 */
export function resolveIdempotencyKey(header: string | undefined, input: string | undefined): string | undefined {
  if (header === undefined) return input;
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw invalidBookingInput([{ path: "Idempotency-Key", message: parsed.error.issues[0]?.message ?? "is invalid" }]);
  }
  if (input !== undefined && input !== parsed.data) {
    throw invalidBookingInput([{ path: "idempotencyKey", message: "must match the Idempotency-Key header when both are sent" }]);
  }
  return parsed.data;
}

export interface IdempotentRequest {
  userId: string;
  key: string;
  hash: string;
}

/**
 * Inside the create transaction, before anything else: serialises requests with the same key
 * (so concurrent retries create one booking) and returns the booking an earlier request with the
 * same payload created. The same key with a different payload is a 409; an expired key is
 * forgotten and the request proceeds as new.
 */
export async function claimIdempotencyKey(tx: TransactionClient, request: IdempotentRequest, now: Date): Promise<Booking | null> {
  await lockScope(tx, `idempotency:${request.userId}:${request.key}`);
  const where = { userId_key: { userId: request.userId, key: request.key } };
  const existing = await tx.idempotencyKey.findUnique({ where, include: { booking: true } });
  if (!existing) return null;
  if (existing.expiresAt <= now) {
    await tx.idempotencyKey.delete({ where });
    return null;
  }
  if (existing.payloadHash !== request.hash) {
    throw conflict("This Idempotency-Key was already used for a different booking request; use a new key", {
      field: "idempotencyKey",
    });
  }
  return existing.booking;
}

/**
 * Read-only and outside any transaction: whether the caller's key has a record (live, expired or
 * for another payload). Before an early refusal, so a retry of a create that succeeded goes on to
 * the transaction, which replays it (or refuses a changed payload) as it always did.
 */
export async function isIdempotencyKeyRecorded(prisma: PrismaClient, request: Pick<IdempotentRequest, "userId" | "key">): Promise<boolean> {
  const record = await prisma.idempotencyKey.findUnique({
    where: { userId_key: { userId: request.userId, key: request.key } },
    select: { key: true },
  });
  return record !== null;
}

/** Records the key against the booking the request created, in the same transaction. */
export async function rememberIdempotencyKey(tx: TransactionClient, request: IdempotentRequest, bookingId: string, now: Date): Promise<void> {
  await tx.idempotencyKey.create({
    data: {
      userId: request.userId,
      key: request.key,
      payloadHash: request.hash,
      bookingId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + idempotencyTtlMs),
    },
  });
}

/**
 * After a keyed create commits: deletes the caller's expired keys (by the primary key's user_id
 * prefix), so the table holds about a day of keys per user. Outside the create's transaction and
 * best effort: it only tidies, so a failure is logged, never reported to the caller.
 */
export async function purgeExpiredIdempotencyKeys(prisma: PrismaClient, log: Logger, userId: string, now: Date = new Date()): Promise<void> {
  try {
    await prisma.idempotencyKey.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  } catch (error) {
    log.warn({ err: error }, "could not delete expired idempotency keys; the next keyed create retries");
  }
}
