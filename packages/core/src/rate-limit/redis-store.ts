import type { Redis } from "ioredis";
import { mergeSubjects, toDecision, validateRequest } from "./decision.ts";
import { SLIDING_WINDOW_LUA } from "./sliding-window-lua.ts";
import type { LimitSubject, RateLimitStore, RuleStat } from "./types.ts";

const COMMAND = "slottedSlidingWindow";

type ScriptCommand = (
  numKeys: number,
  ...keysAndArgs: (string | number)[]
) => Promise<unknown>;
interface WithScript {
  [COMMAND]: ScriptCommand;
}

function hasScript(redis: Redis): redis is Redis & WithScript {
  return typeof (redis as Partial<WithScript>)[COMMAND] === "function";
}

/**
 * ioredis' defineCommand sends EVALSHA, falls back to EVAL on NOSCRIPT (and on a fresh
 * connection), so every decision stays one round trip even after a Redis restart.
 */
function withScript(redis: Redis): Redis & WithScript {
  if (!hasScript(redis))
    redis.defineCommand(COMMAND, { lua: SLIDING_WINDOW_LUA });
  if (!hasScript(redis))
    throw new Error("ioredis did not register the rate limit script");
  return redis;
}

function parseReply(reply: unknown, ruleCount: number): number[] {
  if (
    !Array.isArray(reply) ||
    reply.length !== 1 + ruleCount * 3 ||
    !reply.every((value): value is number => typeof value === "number")
  ) {
    throw new Error("unexpected reply from the rate limit script");
  }
  return reply;
}

export interface RedisStoreOptions {
  /** Counter that makes log members unique; shared by all subjects. */
  sequenceKey?: string;
}

/**
 * Exact sliding-window log in Redis: one sorted set per subject key, one script call per
 * decision. All keys of a call must live on one node (no Redis Cluster slot routing).
 */
export function createRedisStore(
  redis: Redis,
  options: RedisStoreOptions = {},
): RateLimitStore {
  const client = withScript(redis);
  const sequenceKey = options.sequenceKey ?? "rl:seq";

  return {
    async consume(subjects: LimitSubject[], cost = 1) {
      validateRequest(subjects, cost);
      const merged = mergeSubjects(subjects);
      const keys = merged.map((subject) => subject.key);
      const args: number[] = [cost];
      for (const subject of merged) {
        args.push(subject.rules.length);
        for (const rule of subject.rules) args.push(rule.limit, rule.windowMs);
      }
      const rules = merged.flatMap((subject) => subject.rules);

      const reply = parseReply(
        await client[COMMAND](keys.length + 1, ...keys, sequenceKey, ...args),
        rules.length,
      );

      // The script works in microseconds of server time; decisions are reported in ms.
      const stats: RuleStat[] = rules.map((rule, index) => {
        const base = 1 + index * 3;
        const retryUs = reply[base + 2] ?? -1;
        return {
          rule,
          count: reply[base] ?? 0,
          resetMs: (reply[base + 1] ?? 0) / 1000,
          retryMs:
            retryUs === -2 ? Infinity : retryUs === -1 ? -1 : retryUs / 1000,
        };
      });
      return toDecision(reply[0] === 1, stats, cost);
    },
  };
}
