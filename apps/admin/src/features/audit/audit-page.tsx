import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { EmptyState } from "@slotted/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { AuditFilters } from "./audit-filters.tsx";
import { auditListInput, type AuditSearch } from "./audit-search.ts";
import { AuditTable } from "./audit-table.tsx";

/** The audit log (ADMIN): every recorded change, newest first, filtered through the URL. */
export function AuditPage({ search }: { search: AuditSearch }) {
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/audit" });
  const list = useQuery({ ...trpc.audit.list.queryOptions(auditListInput(search)), placeholderData: keepPreviousData });
  const setSearch = (patch: Partial<AuditSearch>) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const filtered = search.actor !== undefined || search.action !== undefined || search.targetType !== undefined || search.target !== undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <PageHeading title="Audit log" />
        <p className="max-w-prose text-sm text-muted-foreground">
          Who changed what, and when: role and account changes, bulk additions and staff changes to bookings. Each entry carries the request ID of
          the change, the same as on the server's log line.
        </p>
      </div>

      <AuditFilters search={search} onChange={(patch) => setSearch({ ...patch, page: undefined })} />

      <p role="status" className="sr-only">
        {list.isPending ? "Loading the audit log" : list.data ? `${list.data.total} ${list.data.total === 1 ? "entry" : "entries"}` : ""}
      </p>
      {list.error && !list.data ? (
        <ErrorNotice error={list.error} title="We couldn't load the audit log" onRetry={() => void list.refetch()} />
      ) : (
        <AuditTable
          page={list.data}
          refreshing={list.isPlaceholderData}
          sort={{ key: "createdAt", order: search.order ?? "desc" }}
          onSortChange={(sort) => setSearch({ order: sort.order === "desc" ? undefined : sort.order, page: undefined })}
          onPageChange={(page) => setSearch({ page: page === 1 ? undefined : page })}
          empty={
            <EmptyState
              title={filtered ? "No entries match these filters" : "Nothing recorded yet"}
              description={filtered ? "Try another action, or clear the filters." : "Changes to accounts and bookings appear here as they happen."}
            />
          }
        />
      )}
      {list.error && list.data ? <ErrorNotice error={list.error} title="We couldn't refresh the audit log" onRetry={() => void list.refetch()} /> : null}
    </div>
  );
}
