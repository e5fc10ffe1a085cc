import { createApiClient, type ApiClient, type ApiClientOptions } from "../api-client.ts";
import { createMemoryStorage } from "../storage/memory-storage.ts";
import { testApiUrl } from "./test-api-server.ts";

/**
 * The real client setup, pointed at the test server (`http://localhost/trpc`) with its own
 * in-memory storage. Pass `storage` to share one between clients (a "reload").
 */
export function createTestApiClient(options: Omit<ApiClientOptions, "url"> = {}): ApiClient {
  return createApiClient({ storage: createMemoryStorage(), ...options, url: testApiUrl });
}
