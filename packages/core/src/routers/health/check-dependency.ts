export type CheckStatus = "up" | "down" | "degraded";

export interface CheckResult {
  status: CheckStatus;
  latencyMs: number;
  error?: string;
}

/**
 * Runs one dependency check with its own deadline; never throws, so one slow or broken
 * dependency cannot fail the whole health answer.
 */
export async function checkDependency(
  probe: () => Promise<unknown>,
  options: { timeoutMs: number; failedStatus?: CheckStatus },
): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
  });
  try {
    await Promise.race([probe(), deadline]);
    return { status: "up", latencyMs: elapsed(started) };
  } catch (error) {
    return {
      status: options.failedStatus ?? "down",
      latencyMs: elapsed(started),
      error: describeFailure(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One line saying why a check failed. Prisma puts the reason after a blank first line and an
 * "Invalid ... invocation" header; pg's AggregateError (a host with several addresses) has an
 * empty message and the reasons in `errors`; others keep it in `cause` or `code`. Callers still
 * scrub the text: driver messages can echo connection strings.
 */
export function describeFailure(error: unknown, depth = 0): string {
  if (depth > 3 || typeof error !== "object" || error === null) return "check failed";
  const { message, code, cause, errors } = error as { message?: unknown; code?: unknown; cause?: unknown; errors?: unknown };
  const text = typeof message === "string" ? message : "";
  const driverMessage = /Message: `([^`]+)`/.exec(text)?.[1];
  if (driverMessage) return driverMessage;
  const line = text
    .split("\n")
    .map((part) => part.trim())
    .find((part) => part && !/^Invalid `.*` invocation/.test(part));
  if (line) return line;
  if (Array.isArray(errors) && errors.length > 0) {
    return [...new Set(errors.map((inner) => describeFailure(inner, depth + 1)))].join("; ");
  }
  if (cause !== undefined) return describeFailure(cause, depth + 1);
  return typeof code === "string" && code ? code : "check failed";
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10;
