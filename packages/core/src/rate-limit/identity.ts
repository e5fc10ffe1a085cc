import { isIPv4, isIPv6 } from "node:net";
import type { Role } from "@slotted/db";
import type { Context } from "../context.ts";

/** Who a call is counted against: the signed-in user, else the client address. */
export interface CallerIdentity {
  /** Key fragment, `user:<id>` or `ip:<address>`. */
  key: string;
  role: Role | null;
}

/** The 8 hextets of an IPv6 address (`::` expanded, an embedded IPv4 tail converted). */
function ipv6Hextets(address: string): string[] {
  const toHextets = (part: string): string[] =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!isIPv4(group)) return [group];
          const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const [head = "", tail] = address.split("::");
  const left = toHextets(head);
  if (tail === undefined) return left;
  const right = toHextets(tail);
  return [...left, ...Array.from({ length: 8 - left.length - right.length }, () => "0"), ...right];
}

/**
 * The address a client is counted under. IPv4-mapped IPv6 (`::ffff:1.2.3.4`) counts as the IPv4
 * address; other IPv6 addresses count per /64, because one subscriber usually holds a whole /64
 * and could otherwise rotate through it to dodge the limit.
 */
export function clientAddressKey(ip: string): string {
  const address = ip.split("%")[0] ?? ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  const prefix = ipv6Hextets(address)
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":");
  return `${prefix}::/64`;
}

/**
 * The user ID when the call carries a valid session, else the client IP (express resolved it,
 * believing X-Forwarded-For only as far as TRUST_PROXY allows). A failed session lookup (database
 * down) counts the call by IP: limiting must not turn into an error of its own; a procedure that
 * needs the session meets the same failure in its auth check.
 */
export async function identifyCaller(ctx: Pick<Context, "auth" | "request" | "log">): Promise<CallerIdentity> {
  try {
    const auth = await ctx.auth();
    if (auth) return { key: `user:${auth.user.id}`, role: auth.user.role };
  } catch (err) {
    ctx.log.debug({ err }, "rate limit: session lookup failed, counting the call by client address");
  }
  return { key: `ip:${clientAddressKey(ctx.request.ip)}`, role: null };
}
