export { PageHeading, pageHeadingId } from "./page-heading.tsx";
export { ErrorNotice } from "./error-notice.tsx";
export { ConnectionNotice } from "./connection-notice.tsx";
export { RateLimitBanner } from "./rate-limit-banner.tsx";
export { FormServerError } from "./form-server-error.tsx";
