import type { Prisma, PrismaClient, Role } from "@slotted/db";
import { pick, type Random } from "./seed-random.ts";

const firstNames = [
  "Ada", "Alan", "Amara", "Ana", "Ben", "Bianca", "Carlos", "Chen", "Chloe", "Daniel", "Divya", "Elena", "Emeka", "Erik", "Fatima",
  "Finn", "Grace", "Hannah", "Hiro", "Isla", "Ivan", "Jamal", "Jia", "Jonas", "Kai", "Kemi", "Lars", "Leila", "Liam", "Lucia",
  "Maya", "Mateo", "Mei", "Nadia", "Noah", "Olu", "Omar", "Priya", "Quinn", "Rafael", "Rosa", "Sam", "Sara", "Sven", "Tariq",
  "Tomas", "Uma", "Victor", "Wei", "Yara", "Yusuf", "Zoe",
];
const lastNames = [
  "Adeyemi", "Andersen", "Baker", "Bianchi", "Chen", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Hughes", "Ivanova",
  "Jensen", "Kaur", "Kim", "Kowalski", "Lopez", "Mensah", "Moreau", "Nakamura", "Novak", "Okafor", "Olsen", "Patel", "Quinn",
  "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Tanaka", "Nguyen", "Walsh", "Wright", "Yilmaz", "Zhang",
];

/** Reserved for examples (RFC 2606), so seeded addresses can never reach a real inbox. */
export const seedEmailDomain = "seed.slotted.example";

export interface SeedPerson {
  id: string;
  name: string;
  email: string;
}

export function seedPeople(random: Random, count: number, role: Role): { name: string; email: string; role: Role }[] {
  return Array.from({ length: count }, (_, index) => {
    const first = pick(random, firstNames);
    const last = pick(random, lastNames);
    const number = String(index + 1).padStart(4, "0");
    const email = role === "CUSTOMER" ? `${first}.${last}.${number}@${seedEmailDomain}` : `staff-${number}@${seedEmailDomain}`;
    return { name: `${first} ${last}`, email: email.toLowerCase(), role };
  });
}

/**
 * Creates the seeded accounts (skipping emails that exist from an earlier run) and returns every
 * one of them with its ID. All new accounts share `passwordHash`.
 */
export async function upsertSeedAccounts(
  prisma: PrismaClient,
  people: readonly { name: string; email: string; role: Role }[],
  passwordHash: string,
  emailsPerQuery = emailsPerLookup,
): Promise<{ accounts: SeedPerson[]; created: number }> {
  const data: Prisma.UserCreateManyInput[] = people.map((person) => ({ ...person, passwordHash }));
  const { count } = await prisma.user.createMany({ data, skipDuplicates: true });
  const accounts: SeedPerson[] = [];
  // One parameter per email: PostgreSQL takes at most 32,767 per statement (Prisma's P2029).
  for (const emails of inChunks(people.map((person) => person.email), emailsPerQuery)) {
    accounts.push(
      ...(await prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true, name: true, email: true } })),
    );
  }
  accounts.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  return { accounts, created: count };
}

/** Emails per lookup query: well under PostgreSQL's 32,767 parameters per statement. */
export const emailsPerLookup = 10_000;

/** `items` in consecutive slices of at most `size`. */
export function inChunks<Item>(items: readonly Item[], size: number): Item[][] {
  const chunks: Item[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
