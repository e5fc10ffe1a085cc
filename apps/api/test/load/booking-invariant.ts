// The booking invariant read straight from the database after a load run.
import type { TestServer } from "../helpers/test-server.ts";

type Prisma = TestServer["services"]["db"]["prisma"];

const activeStatuses = ["PENDING", "CONFIRMED", "SEATED"] as const;

/**
 * Moments where active bookings' covers exceed `capacity`, as `date time: covers`. Covers only
 * rise when a booking starts, so checking every active booking's start covers every moment.
 */
export async function overbookedMoments(prisma: Prisma, capacity: number): Promise<string[]> {
  const bookings = await prisma.booking.findMany({
    where: { status: { in: [...activeStatuses] } },
    select: { date: true, startMinute: true, durationMinutes: true, partySize: true },
  });
  const overbooked: string[] = [];
  for (const start of bookings) {
    const day = start.date.getTime();
    const covers = bookings
      .filter((b) => b.date.getTime() === day && b.startMinute <= start.startMinute && start.startMinute < b.startMinute + b.durationMinutes)
      .reduce((sum, b) => sum + b.partySize, 0);
    if (covers > capacity) overbooked.push(`${start.date.toISOString().slice(0, 10)} minute ${start.startMinute}: ${covers}`);
  }
  return [...new Set(overbooked)];
}

/** Bookings ever made and bookings cancelled, among `customerIds`. */
export async function bookingCounts(prisma: Prisma, customerIds: string[]): Promise<{ created: number; cancelled: number }> {
  const where = { customerId: { in: customerIds } };
  const [created, cancelled] = await Promise.all([
    prisma.booking.count({ where }),
    prisma.booking.count({ where: { ...where, status: "CANCELLED" } }),
  ]);
  return { created, cancelled };
}
