import { randomBytes } from "node:crypto";
import { isRedisCluster, type RedisConnection } from "@slotted/db/redis-connection";
import { mergeSubjects, toDecision, validateRequest } from "./decision.ts";
import { SLIDING_WINDOW_LUA } from "./sliding-window-lua.ts";
import type { LimitSubject, RateLimitStore, RuleStat } from "./types.ts";

const COMMAND = "slottedSlidingWindow";

type ScriptCommand = (numKeys: number, ...keysAndArgs: (string | number)[]) => Promise<unknown>;
interface WithScript {
  [COMMAND]: ScriptCommand;
}

function hasScript(redis: RedisConnection): redis is RedisConnection & WithScript {
  return typeof (redis as Partial<WithScript>)[COMMAND] === "function";
}

/**
 * ioredis' defineCommand sends EVALSHA, falls back to EVAL on NOSCRIPT (and on a fresh
 * connection), so every decision stays one round trip per slot even after a Redis restart.
 */
function withScript(redis: RedisConnection): RedisConnection & WithScript {
  if (!hasScript(redis)) redis.defineCommand(COMMAND, { lua: SLIDING_WINDOW_LUA });
  if (!hasScript(redis)) throw new Error("ioredis did not register the rate limit script");
  return redis;
}

function parseReply(reply: unknown, ruleCount: number): number[] {
  if (!Array.isArray(reply) || reply.length !== 1 + ruleCount * 3 || !reply.every((value): value is number => typeof value === "number")) {
    throw new Error("unexpected reply from the rate limit script");
  }
  return reply;
}

/** What Redis Cluster hashes: the text inside the first `{…}` of a key, or the whole key. */
export function hashTagOf(key: string): string {
  const open = key.indexOf("{");
  const close = open === -1 ? -1 : key.indexOf("}", open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

/**
 * Subjects that one script call may touch together. One server holds every key, so one call
 * decides everything; a cluster spreads keys over slots, so only keys with the same hash tag
 * (hence the same slot) share a call.
 */
function slotGroups(subjects: LimitSubject[], cluster: boolean): LimitSubject[][] {
  if (!cluster) return [subjects];
  const groups = new Map<string, LimitSubject[]>();
  for (const subject of subjects) {
    const tag = hashTagOf(subject.key);
    groups.set(tag, [...(groups.get(tag) ?? []), subject]);
  }
  return [...groups.values()];
}

interface GroupResult {
  allowed: boolean;
  stats: RuleStat[];
}

/**
 * Exact sliding-window log in Redis: one sorted set per subject key.
 *
 * Subjects on one slot are decided and recorded in one atomic script call. When a decision
 * spans slots (on a cluster: the caller and the target email of a login), it runs
 * check-then-record slot by slot: each call admits and records the request's hits in its own
 * slot (a reservation), and if a later slot refuses, the earlier reservations are taken back.
 * Every admitted request holds a recorded hit in every slot before it is admitted, so no
 * subject ever admits more than its limit. The cost is the other way: while a reservation that
 * will be taken back is in place, a concurrent request on that subject sees it and may be
 * refused. A process that dies between two calls leaves its reservation to expire with the
 * window: it errs towards refusing, never towards admitting.
 */
export function createRedisStore(redis: RedisConnection): RateLimitStore {
  const client = withScript(redis);
  const cluster = isRedisCluster(redis);

  async function decide(group: LimitSubject[], cost: number, token: string, record: boolean): Promise<GroupResult> {
    const args: (string | number)[] = [cost, token, record ? 1 : 0];
    for (const subject of group) {
      args.push(subject.rules.length);
      for (const rule of subject.rules) args.push(rule.limit, rule.windowMs);
    }
    const rules = group.flatMap((subject) => subject.rules);
    const keys = group.map((subject) => subject.key);
    const reply = parseReply(await client[COMMAND](keys.length, ...keys, ...args), rules.length);
    // The script works in microseconds of server time; decisions are reported in ms.
    const stats = rules.map((rule, index): RuleStat => {
      const base = 1 + index * 3;
      const retryUs = reply[base + 2] ?? -1;
      return {
        rule,
        count: reply[base] ?? 0,
        resetMs: (reply[base + 1] ?? 0) / 1000,
        retryMs: retryUs === -2 ? Infinity : retryUs === -1 ? -1 : retryUs / 1000,
      };
    });
    return { allowed: reply[0] === 1, stats };
  }

  /** Takes back the hits a refused decision recorded in earlier slots; single-key commands, so any slot. */
  async function release(groups: LimitSubject[][], cost: number, token: string): Promise<void> {
    const members = Array.from({ length: cost }, (_, i) => `${token}:${i + 1}`);
    await Promise.all(groups.flat().map((subject) => client.zrem(subject.key, ...members)));
  }

  return {
    async consume(subjects: LimitSubject[], cost = 1) {
      validateRequest(subjects, cost);
      const groups = slotGroups(mergeSubjects(subjects), cluster);
      const token = randomBytes(12).toString("base64url");
      const reserved: LimitSubject[][] = [];
      const stats: RuleStat[] = [];
      try {
        for (const [index, group] of groups.entries()) {
          const result = await decide(group, cost, token, true);
          stats.push(...result.stats);
          if (result.allowed) {
            reserved.push(group);
            continue;
          }
          // Refused: measure the remaining slots too, so Retry-After names the latest one.
          for (const rest of groups.slice(index + 1)) stats.push(...(await decide(rest, cost, token, false)).stats);
          await release(reserved, cost, token);
          return toDecision(false, stats, cost);
        }
      } catch (error) {
        // A slot failed mid-decision: take back what was reserved (best effort) and let the
        // caller fall back. A reservation left behind expires with its window.
        await release(reserved, cost, token).catch(() => undefined);
        throw error;
      }
      return toDecision(true, stats, cost);
    },
  };
}
