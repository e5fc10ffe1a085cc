// The frame both web apps share: the app root and router options, error boundaries and pages,
// focus after navigation, the skip link, page headings, venue dates and times, and the notices
// for errors, lost connections, rate limits and bookings changed by someone else.
export { AppErrorBoundary } from "./app-error-boundary.tsx";
export { AppRoot, appRouterOptions, type AppProps, type CreateAppRouter } from "./app-root.tsx";
export { useBookingConflict, type BookingConflict, type BookingConflictOptions, type ChangedBooking } from "./booking-conflict.ts";
export { ChangedNotice } from "./changed-notice.tsx";
export { ConnectionNotice } from "./connection-notice.tsx";
export { ErrorNotice } from "./error-notice.tsx";
export { FormServerError } from "./form-server-error.tsx";
export { GlobalErrorPage } from "./global-error-page.tsx";
export { PageHeading, pageHeadingId } from "./page-heading.tsx";
export { RateLimitBanner } from "./rate-limit-banner.tsx";
export { RouteErrorPanel } from "./route-error-panel.tsx";
export { SkipLink } from "./skip-link.tsx";
export { mainContentId, useRouteFocus } from "./use-route-focus.ts";
export { applyFieldErrors, fieldMessage } from "./form-errors.ts";
export { redirectIfSignedIn, requireSession } from "./require-session.ts";
export type { RouterContext } from "./router-context.ts";
export { isSafeRedirect } from "./safe-redirect.ts";
export { datePattern, readChoice, readInteger, readPattern, timePattern } from "./search-params.ts";
export { sessionQueryKey, sessionQueryOptions, useSession, useSetSessionUser, type SessionState, type SessionUser } from "./session.ts";
export { SignInForm } from "./sign-in-form.tsx";
export { validateSignInSearch, type SignInSearch } from "./sign-in-search.ts";
export { useSignOut } from "./use-sign-out.ts";
export { AuthPageFrame } from "./auth-page-frame.tsx";
export { NotFoundPage } from "./not-found-page.tsx";
export { DetailList, type Detail } from "./detail-list.tsx";
export {
  formatDuration,
  formatGuests,
  formatLongDate,
  formatMoment,
  formatShortDate,
  venueClock,
  type VenueClock,
} from "./venue-time.ts";
