import { randomBytes, randomInt } from "node:crypto";
import { hashPassword } from "@slotted/auth";
import type { Config } from "@slotted/config";
import type { BookingStatus, PrismaClient } from "@slotted/db";
import { venueNow } from "../bookings/venue-clock.ts";
import { planBookings, seedWindow } from "./plan-bookings.ts";
import type { SeedArgs } from "./seed-args.ts";
import { insertBookings, storedPlaces } from "./seed-bookings.ts";
import { seedPeople, upsertSeedAccounts, type SeedPerson } from "./seed-people.ts";
import { seededRandom, type Random } from "./seed-random.ts";

export interface SeedOptions {
  args: SeedArgs;
  business: Config["business"];
  prisma: PrismaClient;
  /** Progress lines go here (the CLI passes stdout). */
  write: (text: string) => void;
  random?: Random;
  at?: Date;
  /** Emails of existing customer accounts that also get seeded bookings (the demo customer). */
  alsoBookFor?: readonly string[];
}

export interface SeedSummary {
  accountsCreated: number;
  /** Customers the bookings were spread over (seeded ones and `alsoBookFor`). */
  customers: number;
  staff: number;
  bookingsInserted: number;
  skipped: number;
  window: { from: string; to: string };
  byStatus: Partial<Record<BookingStatus, number>>;
  /** The password every account created by this run shares (shown once by the CLI). */
  password: string;
}

function existingCustomers(prisma: PrismaClient, emails: readonly string[]): Promise<SeedPerson[]> {
  if (emails.length === 0) return Promise.resolve([]);
  return prisma.user.findMany({
    where: { email: { in: [...emails] }, role: "CUSTOMER" },
    select: { id: true, name: true, email: true },
    orderBy: { email: "asc" },
  });
}

/**
 * Seeds realistic data: customers and staff (existing seeded emails are kept), then bookings
 * planned around what is already stored so every rule still holds, inserted in batches.
 */
export async function seedDatabase(options: SeedOptions): Promise<SeedSummary> {
  const { args, business, prisma, write } = options;
  const random = options.random ?? seededRandom(randomInt(2 ** 31));
  const at = options.at ?? new Date();
  const started = performance.now();

  const password = randomBytes(12).toString("base64url");
  const people = [...seedPeople(random, args.customers, "CUSTOMER"), ...seedPeople(random, args.staff, "STAFF")];
  const { accounts, created } = await upsertSeedAccounts(prisma, people, await hashPassword(password));
  const customerEmails = new Set(people.filter((p) => p.role === "CUSTOMER").map((p) => p.email));
  const seededCustomers = accounts.filter((account) => customerEmails.has(account.email));
  const staff = accounts.length - seededCustomers.length;
  const customers = [...seededCustomers, ...(await existingCustomers(prisma, options.alsoBookFor ?? []))];
  write(`accounts: ${created} created, ${accounts.length - created} already there (${seededCustomers.length} customers, ${staff} staff)\n`);

  const now = venueNow(business.timezone, at);
  const window = seedWindow(args.bookings, now.date, business.maxDaysAhead);
  const existing = await storedPlaces(prisma, window);
  const plan = planBookings({ count: args.bookings, business, now, at, customers, existing, random });
  write(`bookings: planned ${plan.rows.length} from ${plan.window.from} to ${plan.window.to} (${existing.length} active bookings already there)\n`);

  const inserted = await insertBookings(prisma, plan.rows, (done, total) => write(`bookings: ${done}/${total} inserted\n`));
  const byStatus: Partial<Record<BookingStatus, number>> = {};
  for (const row of plan.rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  write(`bookings: ${inserted} inserted in ${seconds} s: ${Object.entries(byStatus).map(([s, n]) => `${s} ${n}`).join(", ")}\n`);
  if (plan.skipped > 0) write(`bookings: ${plan.skipped} found no free place in the window and were skipped\n`);

  return {
    accountsCreated: created,
    customers: customers.length,
    staff,
    bookingsInserted: inserted,
    skipped: plan.skipped,
    window: plan.window,
    byStatus,
    password,
  };
}
