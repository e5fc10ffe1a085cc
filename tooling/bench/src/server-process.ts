// One server in its own OS process on a loopback port: Slotted and every reference server run
// this way, so they pay the same process and transport costs. Output goes to a log file rather
// than a pipe, so the bench process spends no CPU draining access logs under load.
import { spawn } from "node:child_process";
import { once } from "node:events";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { onCleanup } from "./cleanup.ts";

export interface ServerProcess {
  url: string;
  /** Milliseconds from spawn until the readiness URL answered 200. */
  readyMs: number;
  stop(): Promise<void>;
}

export interface ServerSpec {
  label: string;
  /** Arguments after `node`, e.g. ["--import", "tsx", "src/main.ts"]. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Path polled with GET until it answers 200. */
  readyPath: string;
  maxWaitMs?: number;
}

/** A port that was free a moment ago (the OS hands out a fresh one each time). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string")
    throw new Error("no TCP port was assigned");
  return address.port;
}

export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const port = await freePort();
  const logDir = mkdtempSync(path.join(tmpdir(), "slotted-bench-log-"));
  const logFile = path.join(logDir, "server.log");
  const fd = openSync(logFile, "w");
  const started = performance.now();
  const child = spawn(process.execPath, spec.args, {
    cwd: spec.cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: "127.0.0.1",
      ...spec.env,
    },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  const exited = once(child, "exit");
  const state = { exited: false };
  void exited.then(() => (state.exited = true));
  const stop = onCleanup(
    `${spec.label} (pid ${child.pid ?? "?"})`,
    async () => {
      if (!state.exited) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(logDir, { recursive: true, force: true });
    },
  );

  const url = `http://127.0.0.1:${port}`;
  const deadline = started + (spec.maxWaitMs ?? 120_000);
  while (!state.exited && performance.now() < deadline) {
    try {
      const res = await fetch(`${url}${spec.readyPath}`);
      await res.arrayBuffer();
      if (res.status === 200)
        return { url, readyMs: performance.now() - started, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
  const log = readFileSync(logFile, "utf8").slice(-2_000);
  await stop();
  throw new Error(
    `${spec.label} did not become ready${state.exited ? " (it exited)" : ""}:\n${log}`,
  );
}
