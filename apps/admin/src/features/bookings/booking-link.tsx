import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

interface BookingLinkProps {
  bookingId: string;
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
}

/**
 * Opens a booking in the drawer by adding `booking=<id>` to this page's URL, keeping the view,
 * date and filters: a real link, so it works from the keyboard, in a new tab and from history.
 */
export function BookingLink({ bookingId, className, children, ...rest }: BookingLinkProps) {
  return (
    <Link from="/bookings" to="." search={(previous) => ({ ...previous, booking: bookingId })} className={className} {...rest}>
      {children}
    </Link>
  );
}
