import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { Skeleton, Tabs, TabsContent, TabsList, TabsTrigger } from "@slotted/ui";
import { useNavigate } from "@tanstack/react-router";
import { BookingDrawer } from "./booking-drawer.tsx";
import { BookingsTable, type ListFilters } from "./bookings-table.tsx";
import { bookingViews, type BookingsSearch, type BookingView } from "./bookings-search.ts";
import { DaySheet } from "./day-sheet.tsx";
import { useVenue } from "./use-venue.ts";

const viewLabels: Record<BookingView, string> = { day: "Day sheet", list: "All bookings" };
const isView = (value: string): value is BookingView => bookingViews.some((view) => view === value);

/**
 * Bookings for staff: the day sheet (who comes when, and how full each slot is) or the whole
 * list with search and filters; either opens a booking in the drawer. All of it is in the URL.
 */
export function BookingsPage({ search }: { search: BookingsSearch }) {
  const navigate = useNavigate({ from: "/bookings" });
  const venue = useVenue();
  const view = search.view ?? "day";
  const today = venue.data?.today;

  const setSearch = (patch: Partial<BookingsSearch>, options: { replace?: boolean } = {}) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: options.replace ?? false });

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Bookings" />

      <Tabs value={view} onValueChange={(value) => isView(value) && setSearch({ view: value === "day" ? undefined : value })}>
        <TabsList aria-label="Bookings view">
          {bookingViews.map((value) => (
            <TabsTrigger key={value} value={value}>
              {viewLabels[value]}
            </TabsTrigger>
          ))}
        </TabsList>

        <TabsContent value="day">
          {venue.isError ? (
            <ErrorNotice error={venue.error} title="We couldn't load the venue's settings" onRetry={() => void venue.refetch()} />
          ) : today === undefined ? (
            <div aria-hidden="true" className="flex flex-col gap-4">
              <Skeleton className="h-8 w-72" />
              <Skeleton className="h-64 w-full rounded-card" />
            </div>
          ) : (
            <DaySheet date={search.date ?? today} today={today} onDateChange={(date) => setSearch({ date: date === today ? undefined : date })} />
          )}
        </TabsContent>
        <TabsContent value="list">
          <BookingsTable search={search} onSearchChange={(patch: ListFilters, options) => setSearch(patch, options)} />
        </TabsContent>
      </Tabs>

      <BookingDrawer bookingId={search.booking} onClose={() => setSearch({ booking: undefined })} />
    </div>
  );
}
