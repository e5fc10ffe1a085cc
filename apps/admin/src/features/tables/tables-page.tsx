import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { EmptyState, TableSkeleton, toast } from "@slotted/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { TableForm, type VenueTable } from "./table-form.tsx";
import { TablesList } from "./tables-list.tsx";

/** The venue's tables (ADMIN): add one, or edit a name, seats, area or whether it is in use. */
export function TablesPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.tables.list.queryOptions());
  const [editing, setEditing] = useState<VenueTable | undefined>();
  // Bumped after each add, so the add form starts empty again.
  const [added, setAdded] = useState(0);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const editHeading = useRef<HTMLHeadingElement>(null);

  // The edit form opens below the list: its heading takes focus so keyboard and screen-reader users land in it.
  const editingId = editing?.id;
  useEffect(() => {
    if (editingId) editHeading.current?.focus();
  }, [editingId]);

  const stopEditing = (table: VenueTable) => {
    setEditing(undefined);
    // Back to where the person came from, so a keyboard user is not dropped at the top of the page.
    requestAnimationFrame(() => editButtons.current.get(table.id)?.focus());
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <PageHeading title="Tables" />
        <p className="max-w-prose text-sm text-muted-foreground">
          The tables staff seat bookings at on the day sheet. A table not in use keeps the bookings already at it but takes no new ones.
        </p>
      </div>

      <section aria-labelledby="add-table-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4">
        <h2 id="add-table-heading" className="text-lg font-semibold text-foreground">
          Add a table
        </h2>
        <TableForm
          key={added}
          onDone={(saved) => {
            setAdded((count) => count + 1);
            toast({ tone: "success", title: `${saved.name} added` });
          }}
        />
      </section>

      <section aria-labelledby="tables-heading" className="flex flex-col gap-3">
        <h2 id="tables-heading" className="text-lg font-semibold text-foreground">
          All tables
        </h2>
        <p role="status" className="sr-only">
          {list.isPending ? "Loading the tables" : list.data ? `${list.data.items.length} tables` : ""}
        </p>
        {list.error && !list.data ? (
          <ErrorNotice error={list.error} title="We couldn't load the tables" onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <TableSkeleton columns={5} rows={5} />
        ) : list.data.items.length === 0 ? (
          <EmptyState headingLevel={3} title="No tables yet" description="Add the first one above; staff can then seat bookings at it." />
        ) : (
          <TablesList
            tables={list.data.items}
            editingId={editing?.id}
            editButtonRef={(id, button) => (button ? editButtons.current.set(id, button) : editButtons.current.delete(id))}
            onEdit={setEditing}
          />
        )}
      </section>

      {editing ? (
        <section aria-labelledby="edit-table-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4">
          <h2 id="edit-table-heading" ref={editHeading} tabIndex={-1} className="text-lg font-semibold text-foreground outline-none">
            Edit {editing.name}
          </h2>
          <TableForm
            key={editing.id}
            table={editing}
            onCancel={() => stopEditing(editing)}
            onDone={(saved) => {
              toast({ tone: "success", title: `${saved.name} saved` });
              stopEditing(saved);
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
