export interface SeedArgs {
  /** How many bookings to create (default 3,000). */
  bookings: number;
  customers: number;
  staff: number;
  help: boolean;
}

export const seedUsage = [
  "Usage: pnpm db:seed [--scale N]",
  "",
  "  Seeds ~200 customers, 5 staff and 3,000 bookings over the past 60 and next 60 days (every",
  "  status, within opening hours and capacity). --scale N creates N bookings instead (the date",
  "  window widens into the past for large N). Uses DATABASE_URL when set, else the embedded",
  "  PGlite data directory (migrated first).",
  "",
].join("\n");

export class SeedArgsError extends Error {}

/** Parses `--scale N` / `--scale=N` and `--help`; anything else is an error (typos should not seed silently). */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { bookings: 3_000, customers: 200, staff: 5, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") {
      args.help = true;
    } else if (arg === "--scale" || arg.startsWith("--scale=")) {
      const raw = arg === "--scale" ? argv[(i += 1)] : arg.slice("--scale=".length);
      if (!raw || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 5_000_000) {
        throw new SeedArgsError(`--scale needs a whole number of bookings between 1 and 5000000 (got ${raw ?? "nothing"})`);
      }
      args.bookings = Number(raw);
      // Enough customers that one-booking-per-customer-slot never becomes the limit.
      args.customers = Math.max(200, Math.ceil(args.bookings / 15));
    } else if (arg !== "--") {
      throw new SeedArgsError(`unknown option ${arg}`);
    }
  }
  return args;
}
