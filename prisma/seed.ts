// `pnpm db:seed [--scale N]`: realistic customers, staff and bookings (see packages/core/src/seed).
import { runSeedCli } from "../packages/core/src/seed/seed-cli.ts";

process.exitCode = await runSeedCli(process.argv.slice(2), (text) => process.stdout.write(text));
