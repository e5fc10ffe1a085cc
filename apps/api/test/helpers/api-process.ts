// The real server entry point (`src/main.ts`) in its own OS process: for start-up behaviour,
// signals, and limits that must hold across processes.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { unbuiltWebApps } from "./web-app-dir.ts";

const apiRoot = path.resolve(import.meta.dirname, "../..");

export interface SpawnedApi {
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

/** Node's arguments for the server: the TypeScript source through tsx unless told otherwise. */
const sourceEntry = ["--import", "tsx", "src/main.ts"];

/**
 * Starts `src/main.ts` (or `nodeArgs`, e.g. a built bundle) with only PATH/HOME from this
 * environment plus `env`, and no built customer app unless `env` names one.
 */
export function spawnApi(env: Record<string, string>, nodeArgs: string[] = sourceEntry): SpawnedApi {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...unbuiltWebApps, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return {
    exited,
    output: () => ({ stdout, stderr }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

export type RunningApi = SpawnedApi & { url: string };

/** Starts the server on an ephemeral loopback port and waits until it logs its URL. */
export async function startApiProcess(
  env: Record<string, string>,
  maxWaitMs = 90_000,
  nodeArgs: string[] = sourceEntry,
): Promise<RunningApi> {
  const api = spawnApi({ PORT: "0", HOST: "127.0.0.1", ...env }, nodeArgs);
  const state = { exited: false };
  void api.exited.then(() => (state.exited = true));
  for (let waited = 0; waited < maxWaitMs && !state.exited; waited += 100) {
    const url = /"url":"(http:\/\/[^"]+)"/.exec(api.output().stdout)?.[1];
    if (url) return { ...api, url };
    await sleep(100);
  }
  await api.stop();
  const { stdout, stderr } = api.output();
  throw new Error(`the API process did not start:\n${stderr || stdout}`);
}
