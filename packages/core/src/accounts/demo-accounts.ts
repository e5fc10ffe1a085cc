import { randomBytes } from "node:crypto";
import { hashPassword } from "@slotted/auth";
import { lockScope, withTransaction, type Role } from "@slotted/db";
import type { AppServices } from "../services.ts";

export interface DemoCredential {
  role: Role;
  email: string;
  password: string;
}

/** The demo customer also gets some of the first start's seeded bookings, so its pages are not empty. */
export const demoCustomerEmail = "demo-customer@slotted.example";

const demoAccounts: readonly { role: Role; email: string; name: string }[] = [
  { role: "ADMIN", email: "demo-admin@slotted.example", name: "Demo Admin" },
  { role: "STAFF", email: "demo-staff@slotted.example", name: "Demo Staff" },
  { role: "CUSTOMER", email: demoCustomerEmail, name: "Demo Customer" },
];

/** What the account helpers need: start-up and the seed script both have these (no server required). */
export type AccountServices = Pick<AppServices, "config" | "db" | "logger">;

/**
 * Whether this instance may create demo accounts (and seed its first start): embedded database
 * (no DATABASE_URL), not production, no bootstrap admin.
 */
export function demoAccountsAllowed(services: AccountServices): boolean {
  const { config, db } = services;
  return !config.isProduction && db.mode === "pglite" && !config.database.url && !config.auth.bootstrapAdmin;
}

/**
 * On an empty embedded database outside production, creates an admin, a staff member and a
 * customer with fresh random passwords and returns their credentials (null otherwise). The
 * caller prints them once; they are never logged (the logger would redact them anyway).
 */
export async function ensureDemoAccounts(services: AccountServices): Promise<DemoCredential[] | null> {
  if (!demoAccountsAllowed(services)) return null;
  const { prisma } = services.db;
  if ((await prisma.user.count()) > 0) return null;

  const accounts = await Promise.all(
    demoAccounts.map(async (account) => {
      const password = randomBytes(15).toString("base64url");
      return { ...account, password, passwordHash: await hashPassword(password) };
    }),
  );
  const created = await withTransaction(prisma, async (tx) => {
    await lockScope(tx, "accounts:demo");
    if ((await tx.user.count()) > 0) return false;
    await tx.user.createMany({
      data: accounts.map(({ email, name, role, passwordHash }) => ({ email, name, role, passwordHash })),
    });
    return true;
  });
  if (!created) return null;
  services.logger.info({ accounts: accounts.length }, "created demo accounts on the empty embedded database");
  return accounts.map(({ role, email, password }) => ({ role, email, password }));
}

/** The once-only console notice for demo credentials (main.ts and the seed script print it). */
export function formatDemoCredentials(credentials: readonly DemoCredential[]): string {
  const lines = credentials.map((c) => `  ${c.role.padEnd(9)}${c.email.padEnd(32)}${c.password}`);
  return [
    "",
    "Demo accounts created on this empty embedded database. These passwords are shown only once:",
    ...lines,
    "Sign in to the staff console at /admin (ADMIN, STAFF), the app at /sign-in, or with POST /api/v1/auth/login.",
    "Demo accounts are never created in production.",
    "",
  ].join("\n");
}
