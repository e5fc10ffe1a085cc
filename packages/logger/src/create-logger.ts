import pino, { type DestinationStream, type Logger, type LevelWithSilent } from "pino";
import { currentRequestContext } from "./request-context.ts";
import { redactPaths } from "./redaction.ts";

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Human-readable output; only when a developer's terminal asks for it. */
  pretty?: boolean;
  /** Where lines go (tests capture them); defaults to stdout. */
  destination?: DestinationStream;
  base?: Record<string, unknown>;
}

export function createLogger(options: LoggerOptions): Logger {
  const transport =
    options.pretty && !options.destination
      ? pino.transport({ target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss.l" } })
      : undefined;
  return pino(
    {
      level: options.level,
      base: options.base ?? { service: "slotted" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      // Every line carries the request (and, once known, the user) it belongs to, unless the
      // logger is a request-bound child that already has it (no duplicate JSON keys).
      mixin(_object, _level, logger) {
        const context = currentRequestContext();
        if (!context) return {};
        const bound = logger.bindings();
        return {
          ...("requestId" in bound ? {} : { requestId: context.requestId }),
          ...(context.userId && !("userId" in bound) ? { userId: context.userId } : {}),
        };
      },
    },
    options.destination ?? transport ?? pino.destination({ sync: false }),
  );
}

/** The logger for the current request when inside one, else the given fallback. */
export function activeLogger(fallback: Logger): Logger {
  return currentRequestContext()?.log ?? fallback;
}
