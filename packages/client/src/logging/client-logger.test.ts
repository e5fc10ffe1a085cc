import { describe, expect, it, vi } from "vitest";
import { createClientLogger } from "./client-logger.ts";

describe("createClientLogger", () => {
  it("keeps only whitelisted, well-formed fields", () => {
    const logger = createClientLogger();
    const sneaky = { requestId: "req-1", code: "CONFLICT", path: "bookings.create", status: 409, email: "ann@example.com", input: { name: "Ann" } };
    logger.info("booking.failed", sneaky);
    logger.info("booking.failed", { requestId: "has spaces and ann@example.com", path: "https://x.test/?email=a@b.c" });
    const [first, second] = logger.recentLogEntries();
    expect(first?.fields).toEqual({ requestId: "req-1", code: "CONFLICT", path: "bookings.create", status: 409 });
    expect(second?.fields).toEqual({});
  });

  it("refuses event names that could carry personal data", () => {
    const logger = createClientLogger();
    logger.warn("failed for ann@example.com");
    expect(logger.recentLogEntries()[0]?.event).toBe("invalid_event_name");
  });

  it("keeps a bounded ring of the most recent entries", () => {
    const logger = createClientLogger({ capacity: 3 });
    for (let i = 0; i < 5; i++) logger.debug(`event.${i}`);
    expect(logger.recentLogEntries().map((entry) => entry.event)).toEqual(["event.2", "event.3", "event.4"]);
  });

  it("mirrors warnings and errors to the console in development only", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    createClientLogger().error("api.call_failed", { code: "NETWORK" });
    expect(error).not.toHaveBeenCalled();

    const dev = createClientLogger({ dev: true });
    dev.info("api.reachable");
    dev.warn("api.unreachable");
    dev.error("api.call_failed", { code: "NETWORK" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith("[slotted] api.call_failed", { code: "NETWORK" });
  });
});
