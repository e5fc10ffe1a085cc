// The frame both web apps share: error boundaries and pages, focus after navigation, the skip
// link, page headings, and the notices for errors, lost connections and rate limits.
export { AppErrorBoundary } from "./app-error-boundary.tsx";
export { ConnectionNotice } from "./connection-notice.tsx";
export { ErrorNotice } from "./error-notice.tsx";
export { FormServerError } from "./form-server-error.tsx";
export { GlobalErrorPage } from "./global-error-page.tsx";
export { PageHeading, pageHeadingId } from "./page-heading.tsx";
export { RateLimitBanner } from "./rate-limit-banner.tsx";
export { RouteErrorPanel } from "./route-error-panel.tsx";
export { SkipLink } from "./skip-link.tsx";
export { mainContentId, useRouteFocus } from "./use-route-focus.ts";
