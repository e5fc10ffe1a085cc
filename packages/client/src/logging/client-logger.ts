export type LogLevel = "debug" | "info" | "warn" | "error";

/**
 * The only facts a log entry may carry. Nothing else is accepted (no inputs, emails, names):
 * the browser log can end up in bug reports and screenshots.
 */
export interface LogFields {
  requestId?: string;
  code?: string;
  /** A procedure path such as `bookings.create`. */
  path?: string;
  status?: number;
}

export interface LogEntry {
  /** Epoch milliseconds. */
  at: number;
  level: LogLevel;
  event: string;
  fields: LogFields;
}

export interface ClientLogger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** The most recent entries, oldest first (for an error report or a support screen). */
  recentLogEntries(): readonly LogEntry[];
}

export interface ClientLoggerOptions {
  /** Development build: also mirror warnings and errors to the browser console. */
  dev?: boolean;
  /** How many entries the ring keeps. */
  capacity?: number;
}

// Shapes that cannot hold personal data: no spaces, no `@`, bounded length.
const eventShape = /^[A-Za-z0-9_.:-]{1,80}$/;
const requestIdShape = /^[A-Za-z0-9._:-]{1,128}$/;
const codeShape = /^[A-Z0-9_]{1,64}$/;
const pathShape = /^[A-Za-z0-9_.]{1,128}$/;

/** Keeps only the whitelisted fields, and only when they look like what they claim to be. */
function safeFields(fields: LogFields | undefined): LogFields {
  const safe: LogFields = {};
  if (!fields) return safe;
  if (typeof fields.requestId === "string" && requestIdShape.test(fields.requestId)) safe.requestId = fields.requestId;
  if (typeof fields.code === "string" && codeShape.test(fields.code)) safe.code = fields.code;
  if (typeof fields.path === "string" && pathShape.test(fields.path)) safe.path = fields.path;
  if (typeof fields.status === "number" && Number.isInteger(fields.status)) safe.status = fields.status;
  return safe;
}

export function createClientLogger(options: ClientLoggerOptions = {}): ClientLogger {
  const capacity = Math.max(1, options.capacity ?? 100);
  const ring: LogEntry[] = [];

  const write = (level: LogLevel, event: string, fields: LogFields | undefined) => {
    const entry: LogEntry = {
      at: Date.now(),
      level,
      event: eventShape.test(event) ? event : "invalid_event_name",
      fields: safeFields(fields),
    };
    ring.push(entry);
    if (ring.length > capacity) ring.shift();
    if (options.dev && (level === "warn" || level === "error")) {
      // Development builds only, and only whitelisted fields: the console is the developer's
      // window into failures; production keeps entries in the ring and never prints.
      // eslint-disable-next-line no-console -- the one sanctioned console sink (warn/error only, dev only)
      console[level](`[slotted] ${entry.event}`, entry.fields);
    }
  };

  return {
    debug: (event, fields) => write("debug", event, fields),
    info: (event, fields) => write("info", event, fields),
    warn: (event, fields) => write("warn", event, fields),
    error: (event, fields) => write("error", event, fields),
    recentLogEntries: () => [...ring],
  };
}
