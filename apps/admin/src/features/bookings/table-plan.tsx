import { ErrorNotice } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { EmptyState, Skeleton } from "@slotted/ui";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { TableGrid } from "./table-grid.tsx";
import type { DaySheetData } from "./table-occupancy.ts";
import { UnassignedBookings } from "./unassigned-bookings.tsx";

/** The day sheet's table plan: who sits where and when, and the bookings still to seat. */
export function TablePlan({ sheet }: { sheet: DaySheetData }) {
  const trpc = useTRPC();
  const tables = useQuery(trpc.tables.list.queryOptions());
  const unassignedHeading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState("");

  return (
    <section aria-labelledby="table-plan-heading" className="flex flex-col gap-4">
      <h3 id="table-plan-heading" className="text-lg font-semibold text-foreground">
        Table plan
      </h3>
      <p role="status" className="sr-only">
        {tables.isPending ? "Loading the tables" : announcement}
      </p>
      {tables.error && !tables.data ? (
        <ErrorNotice error={tables.error} title="We couldn't load the tables" onRetry={() => void tables.refetch()} />
      ) : !tables.data ? (
        <div className="flex flex-col gap-2" aria-hidden="true" data-testid="table-plan-skeleton">
          {[0, 1, 2, 3].map((index) => (
            <Skeleton key={index} className="h-10 w-full" />
          ))}
        </div>
      ) : tables.data.items.length === 0 ? (
        <EmptyState headingLevel={4} title="No tables yet" description="An admin adds the venue's tables on the Tables page; then bookings can be seated here." />
      ) : (
        <>
          <TableGrid
            sheet={sheet}
            tables={tables.data.items}
            onUnassigned={(booking) => {
              setAnnouncement(`${booking.reference} no longer has a table`);
              unassignedHeading.current?.focus();
            }}
          />
          <UnassignedBookings
            ref={unassignedHeading}
            sheet={sheet}
            tables={tables.data.items}
            onAssigned={(booking, table) => {
              setAnnouncement(`${booking.reference} seated at ${table.name}`);
              unassignedHeading.current?.focus();
            }}
          />
        </>
      )}
    </section>
  );
}
