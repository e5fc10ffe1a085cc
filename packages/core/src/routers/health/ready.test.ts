import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/test-app.ts";
import { describeFailure } from "./check-dependency.ts";
import { markDraining } from "./draining.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("readiness", () => {
  // The 503 itself is the HTTP adapter's (apps/api's shutdown-under-load test sees it); here, the body.
  it("reports not_ready, saying it is draining, once shutdown has begun", async () => {
    expect((await app.rest("GET", "/health/ready")).body).toMatchObject({ status: "ready" });
    expect((await app.rest("GET", "/health/ready")).body).not.toHaveProperty("draining");
    markDraining(app.services);
    const draining = await app.rest("GET", "/health/ready");
    expect(draining.body).toMatchObject({ status: "not_ready", draining: true, checks: { database: { status: "up" } } });
  });
});

describe("describeFailure", () => {
  it("unwraps pg's AggregateError, whose own message is empty", () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: "ECONNREFUSED" });
    const error = Object.assign(new AggregateError([refused("::1:5432"), refused("127.0.0.1:5432")], ""), { code: "ECONNREFUSED" });
    expect(describeFailure(error)).toBe("connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432");
  });

  it("takes the driver's reason out of a Prisma message that starts with a blank line", () => {
    const error = new Error("\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at db:5432`");
    expect(describeFailure(error)).toBe("Can't reach database server at db:5432");
  });

  it("falls back to the cause, then the code", () => {
    expect(describeFailure(new Error("", { cause: new Error("timeout after 2000 ms") }))).toBe("timeout after 2000 ms");
    expect(describeFailure(Object.assign(new Error(""), { code: "ETIMEDOUT" }))).toBe("ETIMEDOUT");
    expect(describeFailure("a string")).toBe("check failed");
  });
});
