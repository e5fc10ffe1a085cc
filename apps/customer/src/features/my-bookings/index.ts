export { BookingsPage } from "./bookings-page.tsx";
export { BookingDetailsPage } from "./booking-details-page.tsx";
export { validateBookingsSearch, type BookingsSearch } from "./bookings-search.ts";
