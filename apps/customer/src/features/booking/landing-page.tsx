import { Button, Skeleton } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { ErrorNotice, formatDuration, PageHeading, useSession } from "@slotted/app-shell";
import { useVenue } from "./venue.ts";

const steps = [
  { title: "Pick a date and time", text: "See every time that still has room for your party, as it is right now." },
  { title: "Tell us who's coming", text: "Party size, how long you'd like the table, and how to reach you." },
  { title: "Keep your reference", text: "Confirm and get a booking reference. Move or cancel it yourself, any time before." },
];

/** What Slotted is, when the venue is open, and the way in to booking. Kept light: it is the first load. */
export function LandingPage() {
  const venue = useVenue();
  const session = useSession();

  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5">
        <PageHeading title="Book a table in under a minute" size="hero" />
        <p className="max-w-2xl text-lg text-muted-foreground">
          Slotted shows you which times still have room, holds your table the moment you confirm, and lets you move or
          cancel it yourself.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button asChild size="lg">
            <Link to="/book">Book a table</Link>
          </Button>
          {session.status === "signed-in" ? (
            <Button asChild size="lg" variant="secondary">
              <Link to="/bookings">My bookings</Link>
            </Button>
          ) : session.status === "loading" ? null : (
            <Button asChild size="lg" variant="secondary">
              <Link to="/sign-in">Sign in</Link>
            </Button>
          )}
        </div>
      </section>

      <section aria-labelledby="hours-heading" className="rounded-card border border-border bg-surface p-5 shadow-sm sm:p-6">
        <h2 id="hours-heading" className="mb-4 text-lg font-semibold text-foreground">
          Opening hours
        </h2>
        {venue.isError ? (
          <ErrorNotice error={venue.error} title="We couldn't load the opening hours" onRetry={() => void venue.refetch()} />
        ) : !venue.data ? (
          <div className="flex flex-col gap-3" aria-hidden="true">
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-4 w-72 max-w-full" />
            <Skeleton className="h-4 w-64 max-w-full" />
          </div>
        ) : (
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
            <dt className="text-sm font-medium text-muted-foreground">Every day</dt>
            <dd className="text-lg font-semibold text-foreground tabular-nums">
              {venue.data.openingTime} to {venue.data.closingTime}
            </dd>
            <dt className="text-sm font-medium text-muted-foreground">Tables</dt>
            <dd className="text-foreground">
              For {venue.data.partySize.min} to {venue.data.partySize.max} guests, from {formatDuration(venue.data.durationMinutes.min)}{" "}
              to {formatDuration(venue.data.durationMinutes.max)}
            </dd>
            <dt className="text-sm font-medium text-muted-foreground">Book ahead</dt>
            <dd className="text-foreground">Up to {venue.data.maxDaysAhead} days</dd>
            <dt className="text-sm font-medium text-muted-foreground">Times shown in</dt>
            <dd className="text-foreground">{venue.data.timezone}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="how-heading" className="flex flex-col gap-4">
        <h2 id="how-heading" className="text-lg font-semibold text-foreground">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="flex flex-col gap-2 rounded-card border border-border bg-surface p-5">
              <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-brand-600 font-semibold text-brand-foreground">
                {index + 1}
              </span>
              <h3 className="font-semibold text-foreground">{step.title}</h3>
              <p className="text-sm text-muted-foreground">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
