// A throwaway redis-server for tests that must see only their own traffic or stop Redis.
// Inspected with redis-cli (shipped with redis-server), so the tests need no client library.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no free TCP port");
  return address.port;
}

export interface MonitoredCommand {
  /** `lua` for commands a script ran, else the client's address. */
  source: string;
  command: string;
}

export interface Monitor {
  /** Stops watching and returns what was seen; a final PING marks the end so nothing is cut off. */
  stop(): Promise<MonitoredCommand[]>;
}

export interface PrivateRedis {
  url: string;
  /** Runs one command through redis-cli and returns its raw output. */
  cli(...args: string[]): Promise<string>;
  /** Keys matching a pattern (full names, prefixes included). */
  keys(pattern: string): Promise<string[]>;
  /** Calls per command since the last `CONFIG RESETSTAT`, from `INFO commandstats` (script-internal calls included). */
  commandCalls(): Promise<Map<string, number>>;
  /** Starts `MONITOR`: every command as the server receives it, with its source (`lua` inside scripts). */
  monitor(): Promise<Monitor>;
  /** (Re)starts the server on the same port and waits until it answers. */
  start(): Promise<void>;
  /** Kills the server hard, like a crash. */
  kill(): Promise<void>;
}

/** `redis-server --port <spare> --save "" --appendonly no`: no persistence, so a restart is empty. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const instance: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    async cli(...args) {
      const { stdout } = await run("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args]);
      return stdout;
    },
    async keys(pattern) {
      return (await instance.cli("--raw", "KEYS", pattern)).split("\n").filter((line) => line.length > 0);
    },
    async commandCalls() {
      const info = await instance.cli("INFO", "commandstats");
      const calls = new Map<string, number>();
      for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1] ?? "", Number(match[2]));
      return calls;
    },
    async monitor() {
      const watcher = spawn("redis-cli", ["-h", "127.0.0.1", "-p", String(port), "MONITOR"], { stdio: ["ignore", "pipe", "ignore"] });
      let output = "";
      watcher.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      while (!output.startsWith("OK")) await sleep(10);
      const marker = `monitor-end-${port}`;
      return {
        async stop() {
          await instance.cli("ECHO", marker);
          while (!output.includes(marker)) await sleep(10);
          watcher.kill();
          const seen: MonitoredCommand[] = [];
          for (const match of output.matchAll(/^\d+\.\d+ \[\d+ ([^\]]+)\] "([^"]+)"/gm)) {
            seen.push({ source: match[1] ?? "", command: (match[2] ?? "").toLowerCase() });
          }
          return seen.filter((entry) => entry.command !== "echo");
        },
      };
    },
    async start() {
      child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      for (let attempt = 0; ; attempt++) {
        const answer = await instance.cli("PING").catch(() => "");
        if (answer.trim() === "PONG") return;
        if (attempt > 200) throw new Error(`redis-server on port ${port} did not start`);
        await sleep(25);
      }
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = once(running, "exit");
      running.kill("SIGKILL");
      await exited;
    },
  };
  await instance.start();
  return instance;
}
