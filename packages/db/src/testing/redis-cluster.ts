// A throwaway three-master Redis Cluster for tests: three `redis-server --cluster-enabled yes`
// processes on spare loopback ports, joined with `redis-cli --cluster create`. No replicas, so
// killing a master takes its slots (and, once the others agree it failed, the cluster) down
// until it is started again; its nodes.conf brings it back into the same cluster.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const run = promisify(execFile);
const masters = 3;
// Redis listens on port + 10000 for the cluster bus.
const busOffset = 10_000;

/** True where `redis-server` and `redis-cli` can be run (CI machines have both). */
export function redisClusterAvailable(): boolean {
  return ["redis-server", "redis-cli"].every((binary) => spawnSync(binary, ["--version"], { stdio: "ignore" }).status === 0);
}

async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  try {
    server.listen(port, "127.0.0.1");
    await once(server, "listening");
    return true;
  } catch {
    return false;
  } finally {
    server.close();
  }
}

/** A port whose cluster-bus twin (port + 10000) is free too. */
async function freeClusterPort(taken: number[]): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if (taken.includes(port)) continue;
    if ((await portIsFree(port)) && (await portIsFree(port + busOffset))) return port;
  }
  throw new Error("no free port pair for a Redis Cluster node");
}

export interface RedisClusterNode {
  port: number;
  /** Kills the node hard, like a crash. */
  kill(): Promise<void>;
  /** Starts it again from its nodes.conf; it rejoins the cluster. */
  start(): Promise<void>;
}

export interface TestRedisCluster {
  /** host:port of every node, as REDIS_CLUSTER_NODES takes them. */
  nodes: string[];
  node(index: number): RedisClusterNode;
  /** Index of the master serving a key's slot (by `CLUSTER KEYSLOT` and `CLUSTER SLOTS`). */
  masterFor(key: string): Promise<number>;
  /** Waits (bounded) until every node reports `cluster_state:ok`. */
  waitUntilHealthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function cli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], { timeout: 5_000 });
  return stdout;
}

async function clusterState(port: number): Promise<string> {
  const info = await cli(port, "CLUSTER", "INFO").catch(() => "");
  return /^cluster_state:(\w+)/m.exec(info)?.[1] ?? "unreachable";
}

export async function startRedisCluster(): Promise<TestRedisCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "slotted-redis-cluster-"));
  const ports: number[] = [];
  for (let i = 0; i < masters; i++) ports.push(await freeClusterPort(ports));
  const children = new Map<number, ChildProcess>();

  const nodes = ports.map((port): RedisClusterNode => ({
    port,
    async start() {
      const child = spawn(
        "redis-server",
        [
          "--port", String(port), "--bind", "127.0.0.1", "--dir", dir,
          "--cluster-enabled", "yes", "--cluster-config-file", `nodes-${port}.conf`,
          // Fast failure detection keeps the kill-a-master tests short.
          "--cluster-node-timeout", "1000",
          "--save", "", "--appendonly", "no",
        ],
        { stdio: "ignore" },
      );
      children.set(port, child);
      for (let attempt = 0; ; attempt++) {
        if ((await cli(port, "PING").catch(() => "")).trim() === "PONG") return;
        if (attempt > 200) throw new Error(`redis-server on port ${port} did not start`);
        await sleep(25);
      }
    },
    async kill() {
      const child = children.get(port);
      children.delete(port);
      if (!child || child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    },
  }));

  const cluster: TestRedisCluster = {
    nodes: ports.map((port) => `127.0.0.1:${port}`),
    node(index) {
      const node = nodes[index];
      if (!node) throw new Error(`no cluster node ${index}`);
      return node;
    },
    async masterFor(key) {
      const slot = Number((await cli(ports[0] ?? 0, "CLUSTER", "KEYSLOT", key)).trim());
      for (const [index, port] of ports.entries()) {
        // CLUSTER NODES: the `myself` line lists this node's slot ranges from its ninth field on.
        const own = (await cli(port, "CLUSTER", "NODES")).split("\n").find((line) => line.includes("myself"));
        const ranges = own?.split(" ").slice(8) ?? [];
        for (const range of ranges) {
          const [from, to] = range.split("-").map(Number);
          if (from !== undefined && slot >= from && slot <= (to ?? from)) return index;
        }
      }
      throw new Error(`no master serves slot ${slot}`);
    },
    async waitUntilHealthy(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const states = await Promise.all(ports.map(clusterState));
        if (states.every((state) => state === "ok")) return;
        await sleep(100);
      }
      throw new Error(`Redis Cluster not healthy after ${timeoutMs} ms`);
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.kill()));
      rmSync(dir, { recursive: true, force: true });
    },
  };

  try {
    await Promise.all(nodes.map((node) => node.start()));
    await run("redis-cli", ["--cluster", "create", ...cluster.nodes, "--cluster-replicas", "0", "--cluster-yes"], { timeout: 30_000 });
    await cluster.waitUntilHealthy();
    return cluster;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
