import { useTRPC } from "@slotted/client";
import { Button, EmptyState, Field, Pagination, Select, Tabs, TabsContent, TabsList, TabsTrigger } from "@slotted/ui";
import { addDays } from "@slotted/validators";
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { statusLabel, useVenue } from "../booking";
import { ErrorNotice, PageHeading, venueClock } from "@slotted/app-shell";
import { BookingList, BookingListSkeleton } from "./booking-list.tsx";
import { bookingTabs, statusFilterValues, type BookingsSearch, type BookingTab } from "./bookings-search.ts";

const perPage = 10;
const tabLabels: Record<BookingTab, string> = { upcoming: "Upcoming", past: "Past" };

function isBookingTab(value: string): value is BookingTab {
  return bookingTabs.some((tab) => tab === value);
}

function isStatus(value: string): value is (typeof statusFilterValues)[number] {
  return statusFilterValues.some((status) => status === value);
}

/** My bookings: upcoming or past, optionally one status, a page at a time; all of it in the URL. */
export function BookingsPage({ search }: { search: BookingsSearch }) {
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/bookings/" });
  const venue = useVenue();
  const today = venue.data ? venueClock(venue.data.timezone).date : undefined;
  const { tab, status, page } = search;

  const range = today === undefined ? undefined : tab === "upcoming" ? { from: today, order: "asc" as const } : { to: addDays(today, -1), order: "desc" as const };
  const list = useQuery({
    ...trpc.bookings.list.queryOptions(range ? { ...range, page, perPage, ...(status ? { status: [status] } : {}) } : skipToken),
    placeholderData: keepPreviousData,
  });

  const setSearch = (patch: Partial<BookingsSearch>) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const loadError = venue.error ?? list.error;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeading title="My bookings" />
        <Button asChild>
          <Link to="/book">Book a table</Link>
        </Button>
      </div>

      <Tabs value={tab} onValueChange={(value) => isBookingTab(value) && setSearch({ tab: value, page: 1 })}>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
          <TabsList aria-label="Which bookings">
            {bookingTabs.map((value) => (
              <TabsTrigger key={value} value={value}>
                {tabLabels[value]}
              </TabsTrigger>
            ))}
          </TabsList>
          <Field label="Status" className="sm:w-60">
            {(control) => (
              <Select
                {...control}
                value={status ?? ""}
                onChange={(event) => {
                  const value = event.target.value;
                  setSearch({ status: isStatus(value) ? value : undefined, page: 1 });
                }}
              >
                <option value="">All statuses</option>
                {statusFilterValues.map((value) => (
                  <option key={value} value={value}>
                    {statusLabel(value)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        {bookingTabs.map((value) => (
          <TabsContent key={value} value={value} className="flex flex-col gap-4">
            {/* Announces the state of the list without moving focus. */}
            <p role="status" className="sr-only">
              {list.isPending && !loadError ? "Loading your bookings" : list.data ? `${list.data.total} bookings` : ""}
            </p>
            {loadError ? (
              <ErrorNotice
                error={loadError}
                title="We couldn't load your bookings"
                onRetry={() => void (venue.isError ? venue.refetch() : list.refetch())}
              />
            ) : !list.data ? (
              <BookingListSkeleton />
            ) : list.data.items.length === 0 ? (
              <EmptyState
                title={status ? `No ${statusLabel(status).toLowerCase()} bookings here` : tab === "upcoming" ? "No upcoming bookings" : "No past bookings yet"}
                description={
                  status
                    ? "Try all statuses, or the other tab."
                    : tab === "upcoming"
                      ? "When you book a table, it shows up here."
                      : "Bookings move here once their day has passed."
                }
                action={
                  status ? (
                    <Button type="button" variant="secondary" onClick={() => setSearch({ status: undefined, page: 1 })}>
                      Show all statuses
                    </Button>
                  ) : tab === "upcoming" ? (
                    <Button asChild>
                      <Link to="/book">Book a table</Link>
                    </Button>
                  ) : undefined
                }
              />
            ) : (
              <div aria-busy={list.isPlaceholderData} className={list.isPlaceholderData ? "opacity-60" : undefined}>
                <BookingList bookings={list.data.items} />
              </div>
            )}
            {list.data && list.data.totalPages > 1 ? (
              <Pagination
                page={list.data.page}
                totalPages={list.data.totalPages}
                onPageChange={(next) => setSearch({ page: next })}
                label={`${tabLabels[tab]} bookings pages`}
              />
            ) : null}
          </TabsContent>
        ))}
      </Tabs>
    </div>
  );
}
