import type { RouterOutputs } from "@slotted/client";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { DataTable, type DataTableColumn, type TableSort } from "../../components/data-table.tsx";
import { LastSignIn } from "./last-sign-in.tsx";
import { AccountStatusBadge, Moment, RoleBadge } from "./user-badges.tsx";
import type { UserSortKey } from "./users-search.ts";

type UsersPage = RouterOutputs["users"]["list"];
export type UserRow = UsersPage["items"][number];

const columns: readonly DataTableColumn<UserRow, UserSortKey>[] = [
  {
    id: "name",
    header: "Name",
    sortKey: "name",
    className: "min-w-40",
    cell: (user) => (
      <div className="flex flex-col">
        <Link
          from="/users"
          search={(previous) => ({ ...previous, user: user.id })}
          className="self-start font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900"
        >
          {user.name}
        </Link>
        {/* Narrow screens have no email column: the address sits under the name. */}
        <span className="text-xs text-muted-foreground [overflow-wrap:anywhere] md:hidden">{user.email}</span>
      </div>
    ),
  },
  { id: "email", header: "Email", sortKey: "email", className: "hidden md:table-cell", cell: (user) => <span className="[overflow-wrap:anywhere]">{user.email}</span> },
  { id: "role", header: "Role", cell: (user) => <RoleBadge role={user.role} /> },
  { id: "status", header: "Status", cell: (user) => <AccountStatusBadge user={user} /> },
  {
    id: "verified",
    header: "Verified",
    className: "whitespace-nowrap",
    cell: (user) => (user.emailVerifiedAt ? <Moment value={user.emailVerifiedAt} withTime={false} /> : <span className="text-muted-foreground">Not verified</span>),
  },
  { id: "lastLoginAt", header: "Last sign-in", sortKey: "lastLoginAt", className: "whitespace-nowrap", cell: (user) => <LastSignIn value={user.lastLoginAt} /> },
  { id: "createdAt", header: "Joined", sortKey: "createdAt", cell: (user) => <Moment value={user.createdAt} withTime={false} />, className: "whitespace-nowrap" },
];

interface UsersTableProps {
  page: UsersPage | undefined;
  refreshing: boolean;
  sort: TableSort<UserSortKey>;
  onSortChange: (sort: TableSort<UserSortKey>) => void;
  onPageChange: (page: number) => void;
  empty: ReactNode;
}

/** One page of accounts; a name opens that account's details (`?user=<id>`). */
export function UsersTable({ page, refreshing, sort, onSortChange, onPageChange, empty }: UsersTableProps) {
  return (
    <DataTable
      caption="Users"
      columns={columns}
      rows={page?.items}
      rowId={(user) => user.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      refreshing={refreshing}
      pagination={page ? { page: page.page, totalPages: page.totalPages, total: page.total, perPage: page.perPage, onPageChange } : undefined}
    />
  );
}
