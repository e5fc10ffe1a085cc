import type { Config } from "@slotted/config";

export interface OccupiedPlace {
  date: string;
  startMinute: number;
  durationMinutes: number;
  partySize: number;
  customerId: string;
}

/**
 * The seed's in-memory view of every active booking: covers per slot and date, and which
 * customer holds which start time. It enforces the same two rules as the API and the database
 * (capacity at every slot a booking spans; one active booking per customer, date and time).
 */
export class SeatLedger {
  private readonly covers = new Map<string, Int32Array>();
  private readonly held = new Set<string>();
  private readonly slotsPerDay: number;

  constructor(private readonly business: Config["business"]) {
    this.slotsPerDay = Math.ceil((business.closingMinute - business.openingMinute) / business.slotMinutes);
  }

  /** Slot indexes of the day a booking overlaps (a booking off the grid counts in every slot it touches). */
  private slotRange(startMinute: number, durationMinutes: number): [number, number] {
    const { openingMinute, slotMinutes } = this.business;
    const first = Math.max(0, Math.floor((startMinute - openingMinute) / slotMinutes));
    const last = Math.min(this.slotsPerDay, Math.ceil((startMinute + durationMinutes - openingMinute) / slotMinutes));
    return [first, last];
  }

  private day(date: string): Int32Array {
    let covers = this.covers.get(date);
    if (!covers) {
      covers = new Int32Array(this.slotsPerDay);
      this.covers.set(date, covers);
    }
    return covers;
  }

  fits(place: OccupiedPlace): boolean {
    if (this.held.has(`${place.customerId}|${place.date}|${place.startMinute}`)) return false;
    const covers = this.day(place.date);
    const [first, last] = this.slotRange(place.startMinute, place.durationMinutes);
    for (let slot = first; slot < last; slot += 1) {
      if ((covers[slot] ?? 0) + place.partySize > this.business.slotCapacity) return false;
    }
    return true;
  }

  take(place: OccupiedPlace): void {
    this.held.add(`${place.customerId}|${place.date}|${place.startMinute}`);
    const covers = this.day(place.date);
    const [first, last] = this.slotRange(place.startMinute, place.durationMinutes);
    for (let slot = first; slot < last; slot += 1) covers[slot] = (covers[slot] ?? 0) + place.partySize;
  }
}
