import { demoAccountsAllowed, demoCustomerEmail, type AccountServices } from "../accounts/demo-accounts.ts";
import { seedDatabase, type SeedSummary } from "./run-seed.ts";
import type { SeedArgs } from "./seed-args.ts";

/** Small on purpose: enough for real availability and a lived-in admin view, quick to insert. */
export const firstStartSeedArgs: SeedArgs = { bookings: 400, customers: 40, staff: 3, help: false };

/**
 * The first start of an empty embedded database (the moment its demo accounts are created) also
 * gets a realistic set of bookings, so the app shows real availability from the first minute.
 * Refuses, like the demo accounts, in production, with DATABASE_URL, or with a bootstrap admin;
 * the caller runs it only after creating the demo accounts on an empty database. The seeded
 * accounts' shared password is dropped: they exist for realism, not for signing in.
 */
export async function seedFirstStart(services: AccountServices): Promise<SeedSummary | null> {
  if (!demoAccountsAllowed(services)) return null;
  const { config, db, logger } = services;
  const started = performance.now();
  const summary = await seedDatabase({
    args: firstStartSeedArgs,
    business: config.business,
    prisma: db.prisma,
    write: (text) => logger.debug(text.trimEnd()),
    alsoBookFor: [demoCustomerEmail],
  });
  logger.info(
    {
      bookings: summary.bookingsInserted,
      customers: summary.customers,
      staff: summary.staff,
      window: summary.window,
      durationMs: Math.round(performance.now() - started),
    },
    "seeded the empty embedded database with sample bookings",
  );
  return summary;
}
