import { useTRPC, type RouterOutputs } from "@slotted/client";
import { useQueries } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { createContext, use, useMemo, type ReactNode } from "react";
import { DataTable, type DataTableColumn, type TableSort } from "../../components/data-table.tsx";
import { actionLabel, bookingReference, createdUserIds, describeChanges, type AuditEntry } from "./audit-words.ts";

type AuditPage = RouterOutputs["audit"]["list"];

const linkClassName = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900";
const shortId = (id: string) => id.slice(0, 8);
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });

/** Names of the accounts a page of entries changed, by ID, as far as they have loaded. */
const AccountNames = createContext<ReadonlyMap<string, string>>(new Map());

const maxListedAccounts = 5;

/** The accounts a page's entries changed (targets, and the first few of each bulk creation). */
function changedAccountIds(entries: readonly AuditEntry[]): string[] {
  const ids = entries.flatMap((entry) =>
    entry.targetType === "user" && entry.targetId ? [entry.targetId] : createdUserIds(entry.changes).slice(0, maxListedAccounts),
  );
  return [...new Set(ids)];
}

/**
 * Looks up the changed accounts' names (one batched request; each cached for later pages). An
 * account that cannot be found keeps its ID as its label.
 */
function useAccountNames(entries: readonly AuditEntry[] | undefined): ReadonlyMap<string, string> {
  const trpc = useTRPC();
  const ids = useMemo(() => changedAccountIds(entries ?? []), [entries]);
  return useQueries({
    queries: ids.map((id) => ({ ...trpc.users.byId.queryOptions({ id }), staleTime: 5 * 60_000, retry: false })),
    combine: (results) => new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data.name] as const] : []))),
  });
}

function UserLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to="/users" search={{ user: id }} className={linkClassName}>
      {children}
    </Link>
  );
}

/** A changed account, by name once known. */
function AccountLink({ id }: { id: string }) {
  const name = use(AccountNames).get(id);
  return <UserLink id={id}>{name ?? `Account ${shortId(id)}…`}</UserLink>;
}

function Target({ entry }: { entry: AuditEntry }) {
  const { targetType, targetId } = entry;
  if (targetType === "booking" && targetId) {
    return (
      <Link to="/bookings" search={{ booking: targetId }} className={linkClassName}>
        {bookingReference(entry.changes) ?? `Booking ${shortId(targetId)}`}
      </Link>
    );
  }
  if (targetType === "user" && targetId) return <AccountLink id={targetId} />;
  const created = createdUserIds(entry.changes);
  if (created.length > 0) {
    const shown = created.slice(0, maxListedAccounts);
    return (
      <ul className="flex flex-col gap-0.5">
        {shown.map((id) => (
          <li key={id}>
            <AccountLink id={id} />
          </li>
        ))}
        {created.length > shown.length ? <li className="text-muted-foreground">and {created.length - shown.length} more</li> : null}
      </ul>
    );
  }
  return <span className="text-muted-foreground">{targetId ?? targetType}</span>;
}

const columns: readonly DataTableColumn<AuditEntry, "createdAt">[] = [
  {
    id: "createdAt",
    header: "When",
    sortKey: "createdAt",
    className: "align-top min-w-28",
    cell: (entry) => (
      <time dateTime={entry.createdAt.toISOString()} className="flex flex-col">
        <span className="whitespace-nowrap">{day.format(entry.createdAt)}</span>
        <span className="text-xs whitespace-nowrap text-muted-foreground">{time.format(entry.createdAt)}</span>
      </time>
    ),
  },
  {
    id: "actor",
    header: "Who",
    className: "align-top min-w-48",
    cell: (entry) =>
      entry.actor ? (
        <div className="flex flex-col">
          <span>
            <UserLink id={entry.actor.id}>{entry.actor.name}</UserLink>
          </span>
          <span className="text-xs text-muted-foreground [overflow-wrap:anywhere]">{entry.actor.email}</span>
        </div>
      ) : (
        <span className="text-muted-foreground">Slotted itself</span>
      ),
  },
  {
    id: "action",
    header: "What",
    className: "align-top min-w-44",
    cell: (entry) => (
      <div className="flex flex-col">
        <span>{actionLabel(entry.action)}</span>
        <code className="text-xs text-muted-foreground">{entry.action}</code>
      </div>
    ),
  },
  { id: "target", header: "On", className: "align-top min-w-36", cell: (entry) => <Target entry={entry} /> },
  {
    id: "changes",
    header: "Changes",
    className: "align-top min-w-56",
    cell: (entry) => {
      const lines = describeChanges(entry.changes);
      return lines.length === 0 ? (
        <span className="text-muted-foreground">Nothing recorded</span>
      ) : (
        <ul className="flex flex-col gap-0.5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      );
    },
  },
  {
    id: "requestId",
    header: "Request ID",
    className: "align-top min-w-40",
    cell: (entry) =>
      entry.requestId ? (
        <code className="font-mono text-xs break-all select-all">{entry.requestId}</code>
      ) : (
        <span className="text-muted-foreground">None</span>
      ),
  },
];

interface AuditTableProps {
  page: AuditPage | undefined;
  refreshing: boolean;
  sort: TableSort<"createdAt">;
  onSortChange: (sort: TableSort<"createdAt">) => void;
  onPageChange: (page: number) => void;
  empty: ReactNode;
}

/** One page of the audit log: who did what to which account or booking, when, and the request it came with. */
export function AuditTable({ page, refreshing, sort, onSortChange, onPageChange, empty }: AuditTableProps) {
  const names = useAccountNames(page?.items);
  return (
    <AccountNames value={names}>
      <DataTable
      caption="Audit log"
      columns={columns}
      rows={page?.items}
      rowId={(entry) => entry.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      refreshing={refreshing}
      pagination={page ? { page: page.page, totalPages: page.totalPages, total: page.total, perPage: page.perPage, onPageChange } : undefined}
      />
    </AccountNames>
  );
}
