import { readChoice, readInteger, readPattern } from "@slotted/app-shell";
import type { RouterInputs } from "@slotted/client";
import type { SearchSchemaInput } from "@tanstack/react-router";
import { readSearchText } from "../../lib/list-search.ts";

export const auditTargetTypes = ["user", "booking"] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const auditPerPage = 25;

/** `/audit?actor=<user id>&action=user.role_changed&targetType=user&target=<id>&order=asc&page=2`. */
export interface AuditSearch {
  /** Who made the change (a user ID). */
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: AuditTargetType | undefined;
  /** The changed thing's ID. */
  target?: string | undefined;
  /** Newest first unless `asc`. */
  order?: "asc" | "desc" | undefined;
  page?: number | undefined;
}

const text = (value: unknown, max: number) => readSearchText(typeof value === "number" ? String(value) : value, max);

/** Reads the audit page's URL; a bad or stale value is dropped (lengths are the server's). */
export function validateAuditSearch(input: Partial<AuditSearch> & SearchSchemaInput): AuditSearch {
  const raw: Record<string, unknown> = input;
  const actor = readPattern(raw.actor, uuidPattern);
  return {
    actor: actor?.toLowerCase(),
    action: text(raw.action, 64),
    targetType: readChoice(raw.targetType, auditTargetTypes),
    target: text(raw.target, 100),
    order: readChoice(raw.order, ["asc", "desc"] as const),
    page: readInteger(raw.page, 1, 100_000),
  };
}

export type AuditListInput = RouterInputs["audit"]["list"];

/** The `audit.list` input a URL stands for. */
export function auditListInput(search: AuditSearch): AuditListInput {
  return {
    page: search.page ?? 1,
    perPage: auditPerPage,
    sortOrder: search.order ?? "desc",
    ...(search.actor ? { actorId: search.actor } : {}),
    ...(search.action ? { action: search.action } : {}),
    ...(search.targetType ? { targetType: search.targetType } : {}),
    ...(search.target ? { targetId: search.target } : {}),
  };
}
