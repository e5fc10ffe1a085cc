import { readChoice, readPattern } from "@slotted/app-shell";
import type { RouterInputs } from "@slotted/client";
import type { SearchSchemaInput } from "@tanstack/react-router";
import { readListSearch, readSearchText } from "../../lib/list-search.ts";

export type RoleName = NonNullable<RouterInputs["users"]["list"]["role"]>;
export type UserSortKey = NonNullable<RouterInputs["users"]["list"]["sortBy"]>;

type Exhaustive<Missing extends never> = Missing;

// The API's roles and sort keys, listed here so the route's search check stays out of the
// validators bundle (zod); the type checks fail if the API gains one these lists lack.
export const roleNames = ["CUSTOMER", "STAFF", "ADMIN"] as const satisfies readonly RoleName[];
type _EveryRoleListed = Exhaustive<Exclude<RoleName, (typeof roleNames)[number]>>;
export const userSortKeys = ["createdAt", "email", "name", "lastLoginAt"] as const satisfies readonly UserSortKey[];
type _EverySortKeyListed = Exhaustive<Exclude<UserSortKey, (typeof userSortKeys)[number]>>;

export const activeFilters = ["active", "inactive"] as const;
export type ActiveFilter = (typeof activeFilters)[number];

export const verifiedFilters = ["verified", "unverified"] as const;
export type VerifiedFilter = (typeof verifiedFilters)[number];

export const defaultUserSort = { key: "createdAt", order: "desc" } as const;
export const usersPerPage = 20;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/users?q=ada&role=STAFF&active=inactive&verified=unverified&sort=email&order=asc&page=2&user=<id>`. */
export interface UsersSearch {
  q?: string | undefined;
  role?: RoleName | undefined;
  active?: ActiveFilter | undefined;
  /** Whether the account confirmed its email address. */
  verified?: VerifiedFilter | undefined;
  sort?: UserSortKey | undefined;
  order?: "asc" | "desc" | undefined;
  page?: number | undefined;
  /** The account whose details are open. */
  user?: string | undefined;
}

/**
 * Reads the users page's URL: a bad or stale value is dropped (the list falls back to its
 * default). The router JSON-parses values, so a numeric search (`?q=0712`) arrives as a number.
 */
export function validateUsersSearch(input: Partial<UsersSearch> & SearchSchemaInput): UsersSearch {
  const raw: Record<string, unknown> = input;
  const q = typeof raw.q === "number" ? String(raw.q) : raw.q;
  return {
    q: readSearchText(q),
    role: readChoice(raw.role, roleNames),
    active: readChoice(raw.active, activeFilters),
    verified: readChoice(raw.verified, verifiedFilters),
    ...readListSearch(raw, userSortKeys),
    user: readPattern(raw.user, uuidPattern),
  };
}

export type UsersListInput = RouterInputs["users"]["list"];

/** The `users.list` input a URL stands for: one function, so the table and its tests agree. */
export function usersListInput(search: UsersSearch): UsersListInput {
  return {
    page: search.page ?? 1,
    perPage: usersPerPage,
    sortBy: search.sort ?? defaultUserSort.key,
    sortOrder: search.order ?? defaultUserSort.order,
    ...(search.q ? { search: search.q } : {}),
    ...(search.role ? { role: search.role } : {}),
    ...(search.active ? { isActive: search.active === "active" } : {}),
    ...(search.verified ? { emailVerified: search.verified === "verified" } : {}),
  };
}
