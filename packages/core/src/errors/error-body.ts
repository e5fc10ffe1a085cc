import type { ErrorIssue } from "@slotted/validators";
import { ZodError } from "zod";

export type { ErrorBody, ErrorIssue } from "@slotted/validators";

export const internalErrorMessage = "Something went wrong on our side. Quote the request ID if you contact support.";

export function issuesFromZod(error: ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Zod issues of a validation failure, wherever tRPC put the ZodError. */
export function validationIssues(cause: unknown): ErrorIssue[] | undefined {
  if (cause instanceof ZodError) return issuesFromZod(cause);
  return undefined;
}

/** A readable one-line message for a validation failure, naming the first bad field. */
export function validationMessage(issues: ErrorIssue[]): string {
  const first = issues[0];
  if (!first) return "The request is invalid";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return `${first.path ? `${first.path}: ` : ""}${first.message}${more}`;
}
