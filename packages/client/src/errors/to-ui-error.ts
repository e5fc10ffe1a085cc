import { onlineManager } from "@tanstack/react-query";
import { readErrorFacts, type ErrorFacts } from "./error-facts.ts";

/** What the UI shows for any failure: plain words, what to do next, and the ID to quote. */
export interface UiError {
  title: string;
  message: string;
  /** Server validation issues by dotted field path (first message per field). */
  fieldErrors: Record<string, string>;
  requestId: string | undefined;
  /** The server's code, or `NETWORK`, `TIMEOUT`, `UNKNOWN`. */
  code: string;
  status: number | undefined;
  retryAfterSeconds: number | undefined;
}

export interface ToUiErrorOptions {
  /** Whether the browser believes it is online; React Query's online manager by default. */
  online?: boolean;
}

/** "45 seconds", "1 minute", "2 minutes 5 seconds". */
export function formatWait(totalSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (minutes === 0) return part(rest, "second");
  return rest === 0 ? part(minutes, "minute") : `${part(minutes, "minute")} ${part(rest, "second")}`;
}

function fieldErrorsOf(facts: ErrorFacts): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of facts.issues) {
    if (issue.path !== "" && !(issue.path in fields)) fields[issue.path] = issue.message;
  }
  if (facts.field && facts.serverMessage && !(facts.field in fields)) fields[facts.field] = facts.serverMessage;
  return fields;
}

type Wording = Pick<UiError, "title" | "message">;

const tryAgainLater = "Try again in a moment. If it keeps happening, contact us and quote the request ID.";

function wordingFor(facts: ErrorFacts, fieldErrors: Record<string, string>, online: boolean): Wording {
  const said = facts.serverMessage;
  switch (facts.code) {
    case "NETWORK":
      return online
        ? { title: "We can't reach Slotted", message: "Check your connection. We'll keep trying and catch up as soon as we're through." }
        : { title: "You're offline", message: "Check your connection; we'll retry when you're back." };
    case "TIMEOUT":
      return { title: "This is taking too long", message: "The server didn't answer in time. Check your connection and try again." };
    case "BAD_REQUEST":
    case "PARSE_ERROR":
      if (Object.keys(fieldErrors).length > 0) {
        return { title: "Please check the highlighted fields", message: "Some details need fixing before we can continue." };
      }
      return { title: "That didn't work", message: said ?? "Something in the request wasn't right. Check it and try again." };
    case "UNAUTHORIZED":
      if (facts.path?.startsWith("auth.")) {
        return { title: "That didn't match", message: said ?? "Check your details and try again." };
      }
      return { title: "Please sign in again", message: "Your session has ended. Sign in again to continue where you left off." };
    case "FORBIDDEN":
      return { title: "You can't do that", message: said ?? "Your account doesn't have permission for this." };
    case "NOT_FOUND":
      return { title: "We couldn't find that", message: said ? `${said}. It may have been removed or the link may be wrong.` : "It may have been removed or the link may be wrong." };
    case "CONFLICT":
      return { title: "That clashes with a recent change", message: said ?? "Something changed in the meantime. Reload and try again." };
    case "PAYLOAD_TOO_LARGE":
      return { title: "That's too much to send", message: "Shorten what you entered and try again." };
    case "TOO_MANY_REQUESTS": {
      const wait = facts.retryAfterSeconds;
      return {
        title: "Too many attempts",
        message: wait ? `Please wait ${formatWait(wait)} before trying again.` : "Please wait a little before trying again.",
      };
    }
    case "BAD_GATEWAY":
    case "SERVICE_UNAVAILABLE":
    case "GATEWAY_TIMEOUT":
      return { title: "Slotted is temporarily unavailable", message: "We're having trouble on our side. We'll keep trying; you can also try again in a moment." };
    case "INTERNAL_SERVER_ERROR":
      return { title: "Something went wrong on our side", message: `It's not you. ${tryAgainLater}` };
    default:
      if (facts.status !== undefined && facts.status >= 500) {
        return { title: "Something went wrong on our side", message: `It's not you. ${tryAgainLater}` };
      }
      return { title: "Something went wrong", message: tryAgainLater };
  }
}

/**
 * The one way any failure (tRPC error, transport failure, rate-limit hold, anything thrown)
 * becomes something to show. Only the server's own messages, which are written for people,
 * are passed through; nothing else from an error (stacks, internal messages) ever is.
 */
export function toUiError(error: unknown, options: ToUiErrorOptions = {}): UiError {
  const facts = readErrorFacts(error);
  const fieldErrors = fieldErrorsOf(facts);
  const online = options.online ?? onlineManager.isOnline();
  return {
    ...wordingFor(facts, fieldErrors, online),
    fieldErrors,
    requestId: facts.requestId,
    code: facts.code,
    status: facts.status,
    retryAfterSeconds: facts.retryAfterSeconds,
  };
}
