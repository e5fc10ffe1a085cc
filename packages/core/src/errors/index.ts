export { appError, notFound, conflict, forbidden, unauthorized, type ErrorCode } from "./app-error.ts";
export { ErrorDetails } from "./error-details.ts";
export { errorBody } from "./format-error.ts";
export { toTRPCError } from "./to-trpc-error.ts";
export { internalErrorMessage, issuesFromZod, validationMessage, type ErrorBody, type ErrorIssue } from "./error-body.ts";
