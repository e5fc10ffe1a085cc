// A second Slotted server in its own OS process (node --import tsx src/main.ts), for limits
// that must hold across processes sharing one Redis.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const apiRoot = path.resolve(import.meta.dirname, "../..");

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  };
  for (let i = 0; i < 600; i++) {
    const url = /"url":"(http:\/\/[^"]+)"/.exec(stdout)?.[1];
    if (url) return { url, stop };
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  await stop();
  throw new Error(`second API process did not start:\n${stderr || stdout}`);
}
