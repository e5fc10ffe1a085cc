import { failFastRedisOptions } from "@slotted/db/redis-options";

/**
 * ioredis options the limiter is designed around. They are the app's one Redis client
 * definition (the cache shares the connection), kept in @slotted/db where the client is built;
 * imported through a subpath so the limiter does not load the Prisma client.
 */
export const createRedisClientOptions = failFastRedisOptions;
