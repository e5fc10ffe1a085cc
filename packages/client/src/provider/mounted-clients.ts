import type { ApiClient } from "../api-client.ts";

// The clients of the ApiProviders currently mounted, latest last. A page mounts one; this lets
// plain functions (`dismissRateLimitNotice`, `clientLogger`) reach it from outside React, the way
// React Query's managers work, without the app passing the client around.
const mounted: ApiClient[] = [];

/** Called by ApiProvider while mounted; returns the unregister function. */
export function registerMountedClient(client: ApiClient): () => void {
  mounted.push(client);
  return () => {
    const index = mounted.lastIndexOf(client);
    if (index !== -1) mounted.splice(index, 1);
  };
}

export function mountedClients(): readonly ApiClient[] {
  return mounted;
}

export function currentMountedClient(): ApiClient | undefined {
  return mounted.at(-1);
}
