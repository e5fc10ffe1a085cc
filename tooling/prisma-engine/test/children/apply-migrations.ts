// Child process for lifecycle.test.ts: applies migrations the way the server does at start-up,
// then returns without process.exit(). It must exit by itself once "done" is printed.
import { applyMigrations, openPglite } from "../../src/index.ts";

const [kind, migrationsDir, connectionString] = process.argv.slice(2);
if (!migrationsDir) throw new Error("usage: apply-migrations.ts <postgres|pglite> <migrationsDir> [connectionString]");

if (kind === "postgres") {
  if (!connectionString) throw new Error("postgres needs a connection string");
  const { appliedMigrationNames } = await applyMigrations({ kind: "postgres", connectionString }, { migrationsDir });
  process.stdout.write(`applied ${appliedMigrationNames.join(",")}\n`);
} else {
  const pglite = await openPglite();
  const { appliedMigrationNames } = await applyMigrations({ kind: "pglite", pglite }, { migrationsDir });
  process.stdout.write(`applied ${appliedMigrationNames.join(",")}\n`);
  await pglite.close();
}
process.stdout.write("done\n");
