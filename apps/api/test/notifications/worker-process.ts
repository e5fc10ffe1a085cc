// `pnpm worker` (src/worker.ts) in its own OS process, for what only a real process shows: dying
// mid-job and stopping on a signal.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

const apiRoot = path.resolve(import.meta.dirname, "../..");

export interface WorkerProcess {
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  kill(signal: NodeJS.Signals): void;
}

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/worker.ts"], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "debug", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit").then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  return {
    pid: child.pid ?? -1,
    exited,
    output: () => output,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
