import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locateMigrationsDir } from "./migrations-dir.ts";

describe("locateMigrationsDir", () => {
  it("finds prisma/migrations from any folder below the repo root", () => {
    const dir = locateMigrationsDir(import.meta.dirname);
    expect(dir.endsWith(path.join("prisma", "migrations"))).toBe(true);
    expect(existsSync(path.join(dir, "migration_lock.toml"))).toBe(true);
  });

  it("says where it looked when there is none", () => {
    expect(() => locateMigrationsDir("/")).toThrow(/prisma\/migrations not found above \//);
  });
});
