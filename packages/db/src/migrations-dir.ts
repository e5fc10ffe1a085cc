import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Finds `prisma/migrations` from the working directory upwards, so the same code works from the
 * repo root, an app folder, a bundled `dist/` and the Docker image (WORKDIR holds `prisma/`).
 */
export function locateMigrationsDir(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, "prisma", "migrations");
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`prisma/migrations not found above ${start}`);
    dir = parent;
  }
}
