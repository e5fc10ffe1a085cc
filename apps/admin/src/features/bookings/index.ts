export { BookingsPage } from "./bookings-page.tsx";
export { validateBookingsSearch, type BookingsSearch } from "./bookings-search.ts";
