import { describe, expect, it } from "vitest";
import { queryShape } from "./query-shape.ts";

describe("queryShape", () => {
  it("replaces placeholders but keeps quoted identifiers", () => {
    expect(queryShape(`SELECT "public"."users"."id" FROM "public"."users" WHERE "email" = $1 LIMIT $2 OFFSET $3`)).toBe(
      `SELECT "public"."users"."id" FROM "public"."users" WHERE "email" = ? LIMIT ? OFFSET ?`,
    );
  });

  it("removes string, dollar-quoted and numeric literals", () => {
    const shape = queryShape(`SELECT 'alice@example.com', $tag$secret body$tag$, $$x$$, 42, -3.5e2 FROM t1 WHERE c2 = 'it''s'`);
    expect(shape).toBe("SELECT ?, ?, ?, ?, -? FROM t1 WHERE c2 = ?");
    expect(shape).not.toMatch(/alice|secret|42|it/);
  });

  it("gives IN lists and multi-row VALUES one shape whatever their length", () => {
    expect(queryShape(`SELECT 1 FROM "t" WHERE "id" IN ($1,$2,$3)`)).toBe(queryShape(`SELECT 1 FROM "t" WHERE "id" IN ($1, $2)`));
    expect(queryShape(`INSERT INTO "t" ("a","b") VALUES ($1,$2),($3,$4),($5,$6)`)).toBe(`INSERT INTO "t" ("a","b") VALUES (?, ...), ...`);
  });

  it("collapses whitespace and caps the length", () => {
    expect(queryShape("SELECT\n   1\t FROM  t")).toBe("SELECT ? FROM t");
    expect(queryShape(`SELECT ${'"c", '.repeat(1_000)}"d" FROM t`).length).toBeLessThanOrEqual(2_001);
  });
});
