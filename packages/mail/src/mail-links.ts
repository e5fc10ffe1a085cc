/** Absolute links into the customer app: mail is read far from the app, so every link carries the origin. */

// A configured origin may end in "/": drop it so paths never double up.
const originOf = (linkOrigin: string): string => linkOrigin.replace(/\/+$/, "");

export const bookingLink = (linkOrigin: string, bookingId: string): string =>
  `${originOf(linkOrigin)}/bookings/${encodeURIComponent(bookingId)}`;

export const bookingsLink = (linkOrigin: string): string => `${originOf(linkOrigin)}/bookings`;

export const bookAgainLink = (linkOrigin: string): string => `${originOf(linkOrigin)}/book`;
