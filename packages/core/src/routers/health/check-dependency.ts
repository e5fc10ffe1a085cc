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
      error: error instanceof Error ? error.message.split("\n")[0] : "check failed",
    };
  } finally {
    clearTimeout(timer);
  }
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 10) / 10;
