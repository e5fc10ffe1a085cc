import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { Banner, Button, EmptyState } from "@slotted/ui";
import { hasPermission } from "@slotted/validators";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { UserPlus } from "lucide-react";
import type { StaffUser } from "../access";
import { UserDetailsDialog } from "./user-details-dialog.tsx";
import { UsersFilters } from "./users-filters.tsx";
import { defaultUserSort, usersListInput, type UsersSearch } from "./users-search.ts";
import { UsersTable } from "./users-table.tsx";

interface UsersPageProps {
  search: UsersSearch;
  /** The signed-in account: with users:write it may change accounts, otherwise only look. */
  viewer: StaffUser;
}

/** Every account: search, filters, sort and page in the URL; `?user=<id>` opens one account's details. */
export function UsersPage({ search, viewer }: UsersPageProps) {
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/users" });
  const list = useQuery({ ...trpc.users.list.queryOptions(usersListInput(search)), placeholderData: keepPreviousData });
  const canChangeAccounts = hasPermission(viewer.role, "users:write");

  const setSearch = (patch: Partial<UsersSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: options.replace ?? false });
  // A new filter shows its first page.
  const setFilters = (patch: Pick<UsersSearch, "q" | "role" | "active" | "verified">, options?: { replace: boolean }) => setSearch({ ...patch, page: undefined }, options);
  const filtered = search.q !== undefined || search.role !== undefined || search.active !== undefined || search.verified !== undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeading title="Users" />
        {canChangeAccounts ? (
          <Button asChild>
            <Link to="/users/import">
              <UserPlus aria-hidden="true" />
              Add users
            </Link>
          </Button>
        ) : null}
      </div>

      {canChangeAccounts ? null : (
        <Banner tone="info" live="off" title="You can look, not change">
          Your account has the {viewer.role} role: you can find accounts and see their details and bookings. Changing roles, deactivating and
          adding accounts needs a role that may change accounts; ask an admin if something needs changing.
        </Banner>
      )}

      <UsersFilters search={search} onChange={setFilters} />

      <p role="status" className="sr-only">
        {list.isPending ? "Loading users" : list.data ? `${list.data.total} ${list.data.total === 1 ? "user" : "users"}` : ""}
      </p>

      {list.error && !list.data ? (
        <ErrorNotice error={list.error} title="We couldn't load the users" onRetry={() => void list.refetch()} />
      ) : (
        <UsersTable
          page={list.data}
          refreshing={list.isPlaceholderData}
          sort={{ key: search.sort ?? defaultUserSort.key, order: search.order ?? defaultUserSort.order }}
          onSortChange={(sort) => setSearch({ sort: sort.key, order: sort.order, page: undefined })}
          onPageChange={(page) => setSearch({ page: page === 1 ? undefined : page })}
          empty={
            <EmptyState
              title={filtered ? "No users match these filters" : "No users yet"}
              description={filtered ? "Try fewer words, or another role or status." : "Accounts appear here as people sign up or admins add them."}
              action={
                filtered ? (
                  <Button type="button" variant="secondary" onClick={() => setFilters({ q: undefined, role: undefined, active: undefined, verified: undefined })}>
                    Clear filters
                  </Button>
                ) : undefined
              }
            />
          }
        />
      )}
      {list.error && list.data ? <ErrorNotice error={list.error} title="We couldn't refresh the users" onRetry={() => void list.refetch()} /> : null}

      {search.user ? <UserDetailsDialog userId={search.user} viewer={viewer} onClose={() => setSearch({ user: undefined })} /> : null}
    </div>
  );
}
