import { rateLimitLabel, type RateLimitCategory } from "./category-labels.ts";

/** A category the server refused, held by the client until the server's reset. */
export interface RateLimitHold {
  category: RateLimitCategory;
  /** Epoch milliseconds when the hold ends. */
  until: number;
  /** Length of the hold when it started, for a countdown bar. */
  totalSeconds: number;
  /** The blocked actions in plain words, e.g. "Booking changes". */
  label: string;
  /** The person hid the notice; the hold itself stays until `until`. */
  noticeDismissed: boolean;
  /** The refused request, so the notice can be quoted to support. */
  requestId: string | undefined;
}

export interface HoldInput {
  category: RateLimitCategory;
  retryAfterSeconds: number;
  requestId?: string | undefined;
}

/**
 * The client's memory of the server's rate-limit answers: which category each procedure belongs
 * to (learned from `RateLimit` headers, never configured) and which categories are held after a
 * 429. An external store for `useSyncExternalStore`, persisted so a reload keeps the holds.
 */
export interface RateLimitStore {
  // Function properties, not methods: React calls `subscribe`/`getSnapshot` detached.
  subscribe: (listener: () => void) => () => void;
  /** Active holds; the same array until something changes. */
  getSnapshot: () => readonly RateLimitHold[];
  /** The active hold on a procedure's category, if its category is known and held. */
  holdFor: (path: string) => RateLimitHold | null;
  categoryOf: (path: string) => RateLimitCategory | undefined;
  learnCategory: (path: string, category: RateLimitCategory) => void;
  hold: (input: HoldInput) => RateLimitHold;
  /** Hides the notice for a category; the hold stays until the server's reset. */
  dismissNotice: (category: RateLimitCategory) => void;
  /** Stops the expiry timer (tests, or a client being thrown away). */
  dispose: () => void;
}

export interface RateLimitStoreOptions {
  storage: Storage;
  storageKey?: string;
}

interface Persisted {
  holds: Omit<RateLimitHold, "label">[];
  categories: Record<string, string>;
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null;

function readPersisted(storage: Storage, key: string): Persisted {
  const empty: Persisted = { holds: [], categories: {} };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return empty;
  }
  if (!raw) return empty;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!isFields(parsed)) return empty;
  const holds = Array.isArray(parsed.holds) ? (parsed.holds as unknown[]) : [];
  const categories = isFields(parsed.categories) ? parsed.categories : {};
  return {
    holds: holds.filter(isFields).flatMap((hold) =>
      typeof hold.category === "string" && typeof hold.until === "number" && typeof hold.totalSeconds === "number"
        ? [
            {
              category: hold.category,
              until: hold.until,
              totalSeconds: hold.totalSeconds,
              noticeDismissed: hold.noticeDismissed === true,
              requestId: typeof hold.requestId === "string" ? hold.requestId : undefined,
            },
          ]
        : [],
    ),
    categories: Object.fromEntries(
      Object.entries(categories).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    ),
  };
}

export function createRateLimitStore(options: RateLimitStoreOptions): RateLimitStore {
  const { storage } = options;
  const key = options.storageKey ?? "slotted.rate-limits.v1";
  const persisted = readPersisted(storage, key);
  const categories = new Map<string, RateLimitCategory>(Object.entries(persisted.categories));
  let holds: readonly RateLimitHold[] = persisted.holds
    .filter((hold) => hold.until > Date.now())
    .map((hold) => ({ ...hold, label: rateLimitLabel(hold.category) }));
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    const data: Persisted = {
      holds: holds.map(({ label: _label, ...hold }) => hold),
      categories: Object.fromEntries(categories),
    };
    try {
      storage.setItem(key, JSON.stringify(data));
    } catch {
      // A full or refused storage only costs the memory across reloads; the holds still apply.
    }
  };

  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  // One timer, at the earliest expiry: expired holds clear themselves and listeners hear of it.
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (holds.length === 0) return;
    const next = Math.min(...holds.map((hold) => hold.until));
    timer = setTimeout(prune, Math.max(0, next - Date.now()));
  };

  function prune() {
    const now = Date.now();
    const active = holds.filter((hold) => hold.until > now);
    if (active.length !== holds.length) {
      holds = active;
      save();
      emit();
    }
    schedule();
  }

  const activeHold = (category: RateLimitCategory) =>
    holds.find((hold) => hold.category === category && hold.until > Date.now()) ?? null;

  schedule();
  if (holds.length !== persisted.holds.length) save();

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => holds,
    holdFor(path) {
      const category = categories.get(path);
      return category === undefined ? null : activeHold(category);
    },
    categoryOf: (path) => categories.get(path),
    learnCategory(path, category) {
      if (categories.get(path) === category) return;
      categories.set(path, category);
      save();
      // A newly known member of a held category is now blocked too.
      if (activeHold(category)) emit();
    },
    hold({ category, retryAfterSeconds, requestId }) {
      const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
      const until = Date.now() + seconds * 1000;
      const current = activeHold(category);
      if (current && current.until >= until) return current;
      const next: RateLimitHold = {
        category,
        until,
        totalSeconds: seconds,
        label: rateLimitLabel(category),
        noticeDismissed: false,
        requestId,
      };
      holds = [...holds.filter((hold) => hold.category !== category && hold.until > Date.now()), next];
      save();
      schedule();
      emit();
      return next;
    },
    dismissNotice(category) {
      const current = activeHold(category);
      if (!current || current.noticeDismissed) return;
      holds = holds.map((hold) => (hold === current ? { ...hold, noticeDismissed: true } : hold));
      save();
      emit();
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      listeners.clear();
    },
  };
}
