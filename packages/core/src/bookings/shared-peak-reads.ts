import type { PrismaClient } from "@slotted/db";
import { peakCoversOverlapping, type SlotClaim } from "./assert-slot-capacity.ts";

type PeakWindow = Pick<SlotClaim, "date" | "startMinute" | "durationMinutes">;

interface WindowReads {
  running: Promise<number>;
  /** The read that starts when `running` settles, shared by everyone who asked meanwhile. */
  next?: Promise<number>;
}

const readsByDatabase = new WeakMap<PrismaClient, Map<string, WindowReads>>();
const settled = (): void => undefined;

/**
 * The committed peak covers of a time window, outside any transaction, with concurrent asks for
 * the same window sharing one query: 200 requests for one slot cost one or two reads, not 200
 * pool turns. A caller never joins a read already running (its snapshot could predate the ask):
 * it joins the next one, which starts as the running one ends.
 */
export function sharedPeakCovers(prisma: PrismaClient, window: PeakWindow): Promise<number> {
  let reads = readsByDatabase.get(prisma);
  if (!reads) {
    reads = new Map();
    readsByDatabase.set(prisma, reads);
  }
  const key = `${window.date}|${window.startMinute}|${window.durationMinutes}`;
  const current = reads.get(key);
  if (!current) return startRead(reads, key, () => peakCoversOverlapping(prisma, window));
  current.next ??= current.running.then(settled, settled).then(() => startRead(reads, key, () => peakCoversOverlapping(prisma, window)));
  return current.next;
}

function startRead(reads: Map<string, WindowReads>, key: string, read: () => Promise<number>): Promise<number> {
  const entry: WindowReads = { running: read() };
  reads.set(key, entry);
  void entry.running.then(settled, settled).then(() => {
    if (reads.get(key) === entry) reads.delete(key);
  });
  return entry.running;
}
