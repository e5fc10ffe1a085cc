import { describe, expect, it } from "vitest";
import { QueryShapeLog } from "./query-shape-log.ts";

describe("QueryShapeLog", () => {
  it("groups runs of one shape and ranks shapes by their slowest run", () => {
    const log = new QueryShapeLog();
    log.record(`SELECT * FROM "users" WHERE "email" = $1`, 2);
    log.record(`SELECT * FROM "users" WHERE "email" = $1`, 8);
    log.record(`SELECT pg_sleep(0.5)`, 500);
    const [slowest, next] = log.slowest(10);
    expect(slowest).toMatchObject({ shape: "SELECT pg_sleep(?)", count: 1, maxMs: 500 });
    expect(next).toMatchObject({ shape: `SELECT * FROM "users" WHERE "email" = ?`, count: 2, maxMs: 8, avgMs: 5, totalMs: 10 });
  });

  it("holds a bounded number of shapes, displacing the fastest", () => {
    const log = new QueryShapeLog({ maxShapes: 5 });
    for (let i = 0; i < 100; i++) log.record(`SELECT "c${i}" FROM "t"`, i);
    expect(log.size).toBe(5);
    expect(log.slowest(10).map((s) => s.maxMs)).toEqual([99, 98, 97, 96, 95]);
    log.record(`SELECT "fast" FROM "t"`, 0.1);
    expect(log.slowest(10).some((s) => s.shape.includes("fast"))).toBe(false);
  });
});
