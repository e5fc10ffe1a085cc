// Removes the run's Redis keys (rate-limit counters, one without a TTL) when it ends. One EVAL
// over a raw socket: the bench needs no Redis client for this single command.
import { connect } from "node:net";

/** Every Slotted process in this run uses this prefix, so removal touches no one else's keys. */
export const benchKeyPrefix = `slotted-bench-${process.pid}-${Date.now().toString(36)}:`;

const script =
  "local n = 0 for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) n = n + 1 end return n";

const bulk = (text: string) => `$${Buffer.byteLength(text)}\r\n${text}\r\n`;

/** Deletes every key under `prefix`; answers how many. */
export function deleteKeys(redisUrl: string, prefix: string): Promise<number> {
  const url = new URL(redisUrl);
  const args = ["EVAL", script, "0", `${prefix}*`];
  const command = `*${args.length}\r\n${args.map(bulk).join("")}`;
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: url.hostname, port: Number(url.port || 6379) },
      () => socket.write(command),
    );
    let reply = "";
    socket.setTimeout(5_000, () =>
      socket.destroy(new Error("Redis did not answer within 5 s")),
    );
    socket.on("data", (chunk: Buffer) => {
      reply += chunk.toString();
      if (!reply.endsWith("\r\n")) return;
      socket.end();
      if (reply.startsWith(":")) resolve(Number(reply.slice(1)));
      else reject(new Error(`Redis answered ${reply.trim()}`));
    });
    socket.on("error", reject);
  });
}
