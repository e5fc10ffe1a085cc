import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** An adapter factory that can release everything it opened, whether or not the engine disposed it. */
export interface ManagedAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  close(): Promise<void>;
}

/**
 * Tracks adapters so `close()` can dispose whatever the engine left open. Each adapter's own
 * dispose runs at most once, however many times it is called.
 */
export class AdapterTracker {
  readonly #open = new Set<SqlDriverAdapter>();

  /** `afterDispose` runs once the adapter's own dispose has finished, even if it failed. */
  track(adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter {
    let disposal: Promise<void> | undefined;
    const dispose = adapter.dispose.bind(adapter);
    const disposeThenCleanUp = async () => {
      try {
        await dispose();
      } finally {
        await afterDispose?.();
      }
    };
    const tracked: SqlDriverAdapter = Object.assign(adapter, {
      dispose: (): Promise<void> => {
        this.#open.delete(tracked);
        disposal ??= disposeThenCleanUp();
        return disposal;
      },
    });
    this.#open.add(tracked);
    return tracked;
  }

  async disposeAll(): Promise<void> {
    const results = await Promise.allSettled([...this.#open].map((adapter) => adapter.dispose()));
    const failure = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failure) throw failure.reason;
  }
}
