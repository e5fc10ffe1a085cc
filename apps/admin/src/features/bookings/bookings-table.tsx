import { datePattern, ErrorNotice, formatDuration, formatGuests, formatShortDate } from "@slotted/app-shell";
import { useTRPC, type RouterOutputs } from "@slotted/client";
import { Button, EmptyState, Field, Input, Select, useDebouncedValue } from "@slotted/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Search } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { DataTable, type DataTableColumn, type TableSort } from "../../components/data-table.tsx";
import { readSearchText } from "../../lib/list-search.ts";
import { BookingLink } from "./booking-link.tsx";
import { BookingStatusBadge } from "./booking-status-badge.tsx";
import { statusLabel } from "./booking-words.ts";
import {
  adminListInput,
  defaultListSort,
  statusFilterValues,
  type BookingSortKey,
  type BookingsSearch,
} from "./bookings-search.ts";

type ListedBooking = RouterOutputs["bookings"]["adminList"]["items"][number];

/** The filters' part of the URL; changing any of them goes back to page 1. */
export type ListFilters = Pick<BookingsSearch, "q" | "status" | "from" | "to" | "customer" | "sort" | "order" | "page">;

interface BookingsTableProps {
  search: BookingsSearch;
  /** Merges into the URL; `replace` for typing, so each keystroke is not a history entry. */
  onSearchChange: (patch: ListFilters, options?: { replace?: boolean }) => void;
}

const searchDelayMs = 300;

const isStatus = (value: string): value is (typeof statusFilterValues)[number] => statusFilterValues.some((status) => status === value);

const columns: readonly DataTableColumn<ListedBooking, BookingSortKey>[] = [
  {
    id: "reference",
    header: "Reference",
    sortKey: "reference",
    cell: (booking) => (
      <>
        <BookingLink
          bookingId={booking.id}
          className="font-mono font-medium text-brand-700 underline-offset-4 hover:underline"
          aria-label={`${booking.reference}, ${booking.contactName}`}
        >
          {booking.reference}
        </BookingLink>
        {/* On a phone the party and status columns give way; their facts come here instead. */}
        <span className="mt-1 flex flex-wrap items-center gap-2 sm:hidden">
          <BookingStatusBadge status={booking.status} />
          <span className="whitespace-nowrap">{formatGuests(booking.partySize)}</span>
        </span>
      </>
    ),
  },
  {
    id: "date",
    header: "Date",
    sortKey: "date",
    cell: (booking) => (
      <span className="whitespace-nowrap">
        {formatShortDate(booking.date)}
        <span className="block text-muted-foreground tabular-nums">
          {booking.time}–{booking.endTime}
          <span className="sr-only"> ({formatDuration(booking.durationMinutes)})</span>
        </span>
      </span>
    ),
  },
  {
    id: "guest",
    header: "Guest",
    cell: (booking) => (
      <span className="block sm:max-w-56 sm:min-w-32">
        <span className="block font-medium sm:truncate">{booking.contactName}</span>
        <span className="hidden truncate text-muted-foreground sm:block">{booking.contactEmail}</span>
      </span>
    ),
  },
  {
    id: "party",
    header: "Party",
    sortKey: "partySize",
    className: "hidden sm:table-cell",
    cell: (booking) => <span className="whitespace-nowrap">{formatGuests(booking.partySize)}</span>,
  },
  { id: "status", header: "Status", className: "hidden sm:table-cell", cell: (booking) => <BookingStatusBadge status={booking.status} /> },
  {
    id: "created",
    header: "Booked on",
    sortKey: "createdAt",
    className: "hidden lg:table-cell",
    cell: (booking) => <span className="whitespace-nowrap text-muted-foreground">{formatShortDate(booking.createdAt.toISOString().slice(0, 10))}</span>,
  },
];

/**
 * Every booking, a server page at a time: search, status, date range and sort live in the URL,
 * and exactly that URL is what `bookings.adminList` is asked. The previous page stays on screen
 * (dimmed) while the next one loads.
 */
export function BookingsTable({ search, onSearchChange }: BookingsTableProps) {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.bookings.adminList.queryOptions(adminListInput(search)), placeholderData: keepPreviousData });
  const filtered =
    search.q !== undefined || search.status !== undefined || search.from !== undefined || search.to !== undefined || search.customer !== undefined;
  const clearFilters = () => onSearchChange({ q: undefined, status: undefined, from: undefined, to: undefined, customer: undefined, page: undefined });
  // Every listed booking is theirs, so any row names them.
  const customerName = search.customer ? list.data?.items[0]?.customer.name : undefined;
  const sort: TableSort<BookingSortKey> = { key: search.sort ?? defaultListSort.key, order: search.order ?? defaultListSort.order };

  return (
    <section aria-label="All bookings" className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-[minmax(14rem,2fr)_repeat(3,minmax(9rem,1fr))_auto] lg:items-end">
        <SearchBox className="col-span-2 lg:col-span-1" value={search.q} onSearch={(q) => onSearchChange({ q, page: undefined }, { replace: true })} />
        <Field label="Status" className="col-span-2 sm:col-span-1">
          {(control) => (
            <Select
              {...control}
              value={search.status ?? ""}
              onChange={(event) => {
                const value = event.target.value;
                onSearchChange({ status: isStatus(value) ? value : undefined, page: undefined });
              }}
            >
              <option value="">All statuses</option>
              {statusFilterValues.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="From">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={search.from ?? ""}
              max={search.to}
              onChange={(event) => onSearchChange({ from: readDate(event.target.value), page: undefined })}
            />
          )}
        </Field>
        <Field label="To">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={search.to ?? ""}
              min={search.from}
              onChange={(event) => onSearchChange({ to: readDate(event.target.value), page: undefined })}
            />
          )}
        </Field>
        <Button
          type="button"
          variant="ghost"
          className="col-span-2 justify-self-start sm:col-span-1 lg:justify-self-auto"
          disabled={!filtered}
          onClick={clearFilters}
        >
          Clear filters
        </Button>
      </div>

      {search.customer ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-control border border-info-border bg-info-subtle px-4 py-2 text-sm text-info-strong">
          <p className="mr-auto">
            Showing only the bookings of {customerName ? <strong>{customerName}</strong> : "one customer account"}.
          </p>
          <Link to="/users" search={{ user: search.customer }} className="font-medium underline underline-offset-4">
            Open their account
          </Link>
          <Button type="button" variant="secondary" size="sm" onClick={() => onSearchChange({ customer: undefined, page: undefined })}>
            Show every customer
          </Button>
        </div>
      ) : null}

      <p role="status" className="sr-only">
        {list.isPending ? "Loading bookings" : list.data ? `${list.data.total} bookings` : ""}
      </p>

      {list.isError && !list.data ? (
        <ErrorNotice error={list.error} title="We couldn't load the bookings" onRetry={() => void list.refetch()} />
      ) : (
        <>
          {list.isError ? <ErrorNotice error={list.error} title="We couldn't load this page" onRetry={() => void list.refetch()} /> : null}
          <DataTable
            caption="Bookings"
            columns={columns}
            rows={list.data?.items}
            rowId={(booking) => booking.id}
            sort={sort}
            onSortChange={(next) => onSearchChange({ sort: next.key, order: next.order, page: undefined })}
            refreshing={list.isPlaceholderData}
            empty={
              list.data && list.data.page > 1 && list.data.total > 0 ? (
                <EmptyState
                  title={`There is no page ${list.data.page}`}
                  description={`These bookings fill ${list.data.totalPages === 1 ? "1 page" : `${list.data.totalPages} pages`}.`}
                  action={
                    <Button type="button" variant="secondary" onClick={() => onSearchChange({ page: undefined })}>
                      Go to the first page
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  title={filtered ? "No bookings match" : "No bookings yet"}
                  description={filtered ? "Try other words, another status or a wider date range." : "Bookings show up here as guests make them."}
                  action={
                    filtered ? (
                      <Button type="button" variant="secondary" onClick={clearFilters}>
                        Clear filters
                      </Button>
                    ) : undefined
                  }
                />
              )
            }
            pagination={
              list.data
                ? {
                    page: list.data.page,
                    totalPages: list.data.totalPages,
                    total: list.data.total,
                    totalIsExact: list.data.totalIsExact,
                    perPage: list.data.perPage,
                    onPageChange: (page) => onSearchChange({ page: page === 1 ? undefined : page }),
                  }
                : undefined
            }
          />
        </>
      )}
    </section>
  );
}

const readDate = (value: string) => (datePattern.test(value) ? value : undefined);

/**
 * The search box: typing updates the box at once and the URL (so the query) once typing pauses.
 * When the URL changes from elsewhere (back, "Clear filters"), the box shows the URL's text.
 */
function SearchBox({ value, onSearch, className }: { value: string | undefined; onSearch: (q: string | undefined) => void; className?: string }) {
  const [text, setText] = useState(value ?? "");
  const debounced = useDebouncedValue(text, searchDelayMs);
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    // Our own debounced text arriving in the URL leaves the box alone; anything else replaces it.
    if (readSearchText(debounced) !== value) setText(value ?? "");
  }

  // Only a change of the debounced text searches: a URL change alone must not push old text back.
  const lastSearched = useRef(debounced);
  useEffect(() => {
    if (debounced === lastSearched.current) return;
    lastSearched.current = debounced;
    const q = readSearchText(debounced);
    if (q !== value) onSearch(q);
  }, [debounced, value, onSearch]);

  return (
    <Field label="Search" hint="Reference, guest name or email" className={className}>
      {(control) => (
        <div className="relative">
          <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input {...control} type="search" className="pl-9" value={text} maxLength={100} onChange={(event) => setText(event.target.value)} />
        </div>
      )}
    </Field>
  );
}
