import type { CallerIdentity } from "./identity.ts";
import type { LimitedCategory } from "./policies.ts";
import type { LimitSubject, WindowRule } from "./types.ts";

/**
 * The counters one call is decided against, all in one atomic consume: the caller in this
 * category, and for `auth` also the target account, so a spread of IPs cannot brute-force one
 * email. The email counter shares the caller's rules, so every binding limit matches the
 * advertised policy.
 *
 * Each subject's identity is its Redis Cluster hash tag (`{…}`): all of one subject's counting
 * happens in one slot, and the two subjects of a login are decided slot by slot (redis-store.ts).
 */
export function callSubjects(input: {
  category: LimitedCategory;
  caller: CallerIdentity;
  rules: WindowRule[];
  targetEmailHash?: string;
}): LimitSubject[] {
  const { category, caller, rules, targetEmailHash } = input;
  const subjects: LimitSubject[] = [{ key: `rl:{${category}:${caller.key}}`, rules }];
  if (category === "auth" && targetEmailHash) {
    subjects.push({ key: `rl:{auth:email:${targetEmailHash}}`, rules });
  }
  return subjects;
}
