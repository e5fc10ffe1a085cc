// Child process for lifecycle.test.ts: replays migrations on a PGlite shadow database (as
// `migrate dev` does), releases everything, and returns. It must exit by itself.
import { createPgliteAdapterFactory, openPglite } from "../../src/adapters/pglite.ts";
import { readMigrationsList } from "../../src/migrations-list.ts";
import { createEngine } from "../../src/wasm-engine.ts";

const [migrationsDir] = process.argv.slice(2);
if (!migrationsDir) throw new Error("usage: replay-on-shadow.ts <migrationsDir>");

const factory = createPgliteAdapterFactory({ pglite: await openPglite(), ownsInstance: true });
const { engine } = await createEngine({ datamodels: undefined, factory });
const migrationsList = await readMigrationsList(migrationsDir);
const diff = await engine.diff({
  from: { tag: "empty" },
  to: { tag: "migrations", ...migrationsList },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
process.stdout.write(`${diff.stdout?.includes('CREATE TABLE "Venue"') ? "replayed" : "not replayed"}\n`);
engine.free();
await factory.close();
process.stdout.write("done\n");
