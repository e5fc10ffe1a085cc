import { datePattern, ErrorNotice, formatGuests, formatLongDate } from "@slotted/app-shell";
import { useTRPC, type RouterOutputs } from "@slotted/client";
import { Button, EmptyState, Field, Input, Meter, Skeleton, StatCard, StatList, cn } from "@slotted/ui";
import { activeBookingStatuses, addDays, type BookingStatusValue } from "@slotted/validators";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, NotebookPen } from "lucide-react";
import { BookingLink } from "./booking-link.tsx";
import { BookingStatusBadge } from "./booking-status-badge.tsx";
import { TablePlan } from "./table-plan.tsx";

type DaySheetData = RouterOutputs["bookings"]["daySheet"];
type DaySheetSlot = DaySheetData["slots"][number];
type DaySheetBooking = DaySheetData["bookings"][number];

/** From this share of a slot's covers booked, the bar turns amber and says "Nearly full". */
const nearlyFullShare = 0.75;

const isActive = (status: BookingStatusValue) => activeBookingStatuses.some((active) => active === status);
/** Guests who came or are expected: every booking but the cancelled and the no-shows. */
const isExpected = (status: BookingStatusValue) => status !== "CANCELLED" && status !== "NO_SHOW";

interface DaySheetProps {
  date: string;
  today: string;
  onDateChange: (date: string) => void;
}

/**
 * One day at the venue for staff: each slot's covers as a bar ("12 of 40 left", with "Nearly full"
 * and "Full" in words), and under it the bookings that start then, each opening the drawer.
 */
export function DaySheet({ date, today, onDateChange }: DaySheetProps) {
  const trpc = useTRPC();
  const sheet = useQuery({ ...trpc.bookings.daySheet.queryOptions({ date }), placeholderData: keepPreviousData });
  const shown = sheet.data?.date === date ? sheet.data : undefined;

  return (
    <section aria-labelledby="day-sheet-heading" className="flex flex-col gap-5">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <h2 id="day-sheet-heading" className="text-xl font-semibold text-foreground">
          {formatLongDate(date)}
          {date === today ? (
            <>
              {" "}
              <span className="text-base font-normal text-muted-foreground">(today)</span>
            </>
          ) : null}
        </h2>
        <div className="flex items-end gap-2">
          <Button type="button" variant="secondary" aria-label="Previous day" onClick={() => onDateChange(addDays(date, -1))}>
            <ChevronLeft aria-hidden="true" />
            <span aria-hidden="true" className="hidden sm:inline">
              Previous
            </span>
          </Button>
          <Field label="Day" className="min-w-0 flex-1 sm:w-44 sm:flex-none">
            {(control) => (
              <Input
                {...control}
                type="date"
                value={date}
                onChange={(event) => {
                  const value = event.target.value;
                  if (datePattern.test(value)) onDateChange(value);
                }}
              />
            )}
          </Field>
          <Button type="button" variant="secondary" aria-label="Next day" onClick={() => onDateChange(addDays(date, 1))}>
            <span aria-hidden="true" className="hidden sm:inline">
              Next
            </span>
            <ChevronRight aria-hidden="true" />
          </Button>
          <Button type="button" variant="ghost" disabled={date === today} onClick={() => onDateChange(today)}>
            Today
          </Button>
        </div>
      </div>

      <p role="status" className="sr-only">
        {sheet.isFetching && !shown ? "Loading the day sheet" : shown ? `${shown.bookings.length} bookings on ${formatLongDate(date)}` : ""}
      </p>

      {sheet.isError && !shown ? (
        <ErrorNotice error={sheet.error} title="We couldn't load this day" onRetry={() => void sheet.refetch()} />
      ) : !shown ? (
        <DaySheetSkeleton />
      ) : (
        <DaySheetBody sheet={shown} />
      )}
    </section>
  );
}

function DaySheetBody({ sheet }: { sheet: DaySheetData }) {
  const expected = sheet.bookings.filter((booking) => isExpected(booking.status));
  const dropped = sheet.bookings.length - expected.length;
  const fullest = sheet.slots.reduce<DaySheetSlot | undefined>((best, slot) => (!best || slot.booked > best.booked ? slot : best), undefined);
  const groups = groupBySlot(sheet);

  return (
    <div className="flex flex-col gap-5">
      <StatList>
        <StatCard label="Bookings" value={expected.length} detail={dropped > 0 ? `${dropped} cancelled or no-show` : undefined} />
        <StatCard label="Guests" value={expected.reduce((sum, booking) => sum + booking.partySize, 0)} detail="Expected or seated" />
        <StatCard
          label="Busiest slot"
          value={fullest && fullest.booked > 0 ? fullest.time : "None"}
          detail={fullest && fullest.booked > 0 ? `${fullest.remaining} of ${sheet.capacity} left` : "Every slot is free"}
        />
      </StatList>

      {sheet.bookings.length === 0 ? (
        <EmptyState headingLevel={3} title="No bookings on this day" description="Every slot below is free." />
      ) : null}

      {sheet.bookings.length > 0 ? <TablePlan sheet={sheet} /> : null}

      <div>
        <h3 className="sr-only">Slots</h3>
        <ol className="flex flex-col rounded-card border border-border bg-surface">
          {groups.map(({ slot, time, bookings }) => (
            <li key={time} className="grid gap-3 border-b border-border px-4 py-3 last:border-b-0 md:grid-cols-[16rem_1fr] md:gap-6">
              {slot ? (
                <SlotCapacity slot={slot} capacity={sheet.capacity} />
              ) : (
                <p className="text-sm font-medium text-foreground">{time}</p>
              )}
              {bookings.length > 0 ? (
                <ul className="flex flex-col gap-2" aria-label={`Bookings starting at ${time}`}>
                  {bookings.map((booking) => (
                    <li key={booking.id}>
                      <DaySheetBookingLink booking={booking} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="hidden text-sm text-muted-foreground md:block md:self-center">No bookings start at {time}</p>
              )}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** A slot's covers: the bar, "12 of 40 left", and "Nearly full" or "Full" in words. */
function SlotCapacity({ slot, capacity }: { slot: DaySheetSlot; capacity: number }) {
  return (
    <Meter
      label={
        <>
          <span className="sr-only">Covers at</span> {slot.time}
        </>
      }
      value={slot.booked}
      max={capacity}
      valueText={`${slot.remaining} of ${capacity} left`}
      // Room to spare is the normal state, not a success: the bar stays in the brand colour until it fills.
      tone={slot.booked >= capacity ? "danger" : slot.booked >= Math.ceil(capacity * nearlyFullShare) ? "warning" : "neutral"}
      statusText={{ warning: "Nearly full", danger: "Full" }}
    />
  );
}

function DaySheetBookingLink({ booking }: { booking: DaySheetBooking }) {
  const active = isActive(booking.status);
  return (
    <BookingLink
      bookingId={booking.id}
      className={cn(
        // Three short lines on a phone (when, who, how many); one line from `sm` up.
        "flex flex-col gap-1 rounded-control border border-border px-3 py-2 text-sm sm:flex-row sm:items-center sm:gap-3",
        "hover:border-brand-300 hover:bg-brand-50",
        !active && "bg-muted text-muted-foreground",
      )}
    >
      <span className="flex items-center gap-3">
        <span className="tabular-nums">
          {booking.time}–{booking.endTime}
        </span>
        <span className="font-mono font-medium text-foreground">{booking.reference}</span>
      </span>
      <span className="min-w-0 truncate sm:flex-1">{booking.contactName}</span>
      <span className="flex items-center gap-3">
        <span className="tabular-nums">{formatGuests(booking.partySize)}</span>
        <BookingStatusBadge status={booking.status} />
        {booking.internalNotes ? (
          <span className="inline-flex items-center gap-1 text-muted-foreground" title={booking.internalNotes}>
            <NotebookPen aria-hidden="true" className="size-4" />
            <span className="sr-only">Has internal notes</span>
          </span>
        ) : null}
      </span>
    </BookingLink>
  );
}

interface SlotGroup {
  time: string;
  slot: DaySheetSlot | undefined;
  bookings: DaySheetBooking[];
}

/** Every slot with the bookings that start in it; a booking off the slot grid gets a row of its own. */
function groupBySlot(sheet: DaySheetData): SlotGroup[] {
  const groups = new Map<string, SlotGroup>(sheet.slots.map((slot) => [slot.time, { time: slot.time, slot, bookings: [] }]));
  for (const booking of sheet.bookings) {
    const group = groups.get(booking.time);
    if (group) group.bookings.push(booking);
    else groups.set(booking.time, { time: booking.time, slot: undefined, bookings: [booking] });
  }
  return [...groups.values()].sort((a, b) => a.time.localeCompare(b.time));
}

function DaySheetSkeleton() {
  return (
    <div className="flex flex-col gap-5" aria-hidden="true">
      <div className="grid grid-cols-[repeat(auto-fill,minmax(10rem,1fr))] gap-3">
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} className="h-24 rounded-card" />
        ))}
      </div>
      <div className="flex flex-col gap-4 rounded-card border border-border bg-surface p-4">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="grid gap-3 md:grid-cols-[16rem_1fr] md:gap-6">
            <div className="flex flex-col gap-2">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-2 w-full" />
            </div>
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
