/** A `Storage` kept in memory: for tests, and where the browser refuses sessionStorage. */
export function createMemoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

/** The page's sessionStorage, or memory when it is unavailable (privacy modes, sandboxed frames). */
export function defaultSessionStorage(): Storage {
  try {
    const storage = globalThis.sessionStorage;
    const probe = "slotted.storage-probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return createMemoryStorage();
  }
}
