import { ErrorNotice } from "@slotted/app-shell";
import type { RouterOutputs } from "@slotted/client";
import { Badge, Skeleton, StatCard, StatList } from "@slotted/ui";
import type { UseQueryResult } from "@tanstack/react-query";
import { useId } from "react";
import { PageSection } from "../../components/page-section.tsx";
import { statusLabel, statusOrder, statusTone } from "../../lib/booking-status.ts";
import { RatingCard } from "./rating-card.tsx";

export type DashboardStats = RouterOutputs["users"]["stats"];

const count = new Intl.NumberFormat();
const counted = (value: number, one: string, many: string) => `${count.format(value)} ${value === 1 ? one : many}`;


/** Today's bookings and the account numbers, from `users.stats` (one query, two sections). */
export function StatsSections({ query }: { query: UseQueryResult<DashboardStats, unknown> }) {
  const { data, error } = query;
  const notice = error ? (
    <ErrorNotice error={error} title="We couldn't load the bookings and users figures" onRetry={() => void query.refetch()} />
  ) : null;

  return (
    <>
      <PageSection title="Bookings" intro="Today follows the venue's clock.">
        {notice}
        {data ? <BookingFigures bookings={data.bookings} feedback={data.feedback} /> : error ? null : <StatsSkeleton cards={4} label="Loading the booking figures" />}
      </PageSection>
      <PageSection title="Users">
        {data ? <UserFigures users={data.users} /> : error ? null : <StatsSkeleton cards={4} label="Loading the user figures" />}
      </PageSection>
    </>
  );
}

function BookingFigures({ bookings, feedback }: { bookings: DashboardStats["bookings"]; feedback: DashboardStats["feedback"] }) {
  const statusListId = useId();
  return (
    <>
      <StatList aria-label="Bookings at a glance">
        <StatCard label="Bookings today" value={count.format(bookings.today)} detail="Not counting cancellations" />
        <StatCard label="Covers today" value={count.format(bookings.coversToday)} detail="Guests expected or seated" />
        <StatCard label="Upcoming" value={count.format(bookings.upcoming)} detail="Pending or confirmed, not started" />
        <RatingCard feedback={feedback} />
      </StatList>
      <div className="rounded-card border border-border bg-surface p-4 shadow-sm">
        <h3 id={statusListId} className="text-sm font-medium text-muted-foreground">
          All bookings by status
        </h3>
        <dl aria-labelledby={statusListId} className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {statusOrder.map((status) => (
            <div key={status} className="flex flex-col items-start gap-1">
              <dt>
                <Badge tone={statusTone(status)}>{statusLabel(status)}</Badge>
              </dt>
              <dd className="text-xl font-semibold tabular-nums">{count.format(bookings.byStatus[status])}</dd>
            </div>
          ))}
        </dl>
      </div>
    </>
  );
}

function UserFigures({ users }: { users: DashboardStats["users"] }) {
  const { CUSTOMER, STAFF, ADMIN } = users.byRole;
  return (
    <StatList aria-label="Users at a glance">
      <StatCard
        label="Users"
        value={count.format(users.total)}
        detail={`${counted(CUSTOMER, "customer", "customers")} · ${count.format(STAFF)} staff · ${counted(ADMIN, "admin", "admins")}`}
      />
      <StatCard label="Active" value={count.format(users.active)} detail={`${count.format(users.inactive)} deactivated`} />
      <StatCard label="New today" value={count.format(users.newToday)} />
      <StatCard label="New this week" value={count.format(users.newThisWeek)} detail="Since Monday" />
    </StatList>
  );
}

function StatsSkeleton({ cards, label }: { cards: number; label: string }) {
  return (
    <div>
      <p role="status" className="sr-only">
        {label}
      </p>
      <div className="grid grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] gap-3">
        {Array.from({ length: cards }, (_, index) => (
          <Skeleton key={index} className="h-28 rounded-card" />
        ))}
      </div>
    </div>
  );
}
