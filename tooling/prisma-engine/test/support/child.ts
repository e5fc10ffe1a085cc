import { spawn } from "node:child_process";
import path from "node:path";
import { packageDir } from "./engine-process.ts";

const tsxLoader = path.join(packageDir, "node_modules/tsx/dist/esm/index.mjs");

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds between the child printing "done" and its exit. */
  lingeredMs: number;
}

/** Runs a TypeScript file in a fresh Node process and measures how long it lingers after "done". */
export function runChild(script: string, args: string[], timeoutMs = 30_000): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--no-warnings", "--import", tsxLoader, path.join(packageDir, script), ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let doneAt: number | undefined;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${script} still running after ${timeoutMs} ms (done ${doneAt ? "printed" : "not printed"}): ${stderr}`));
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (doneAt === undefined && stdout.includes("done\n")) doneAt = Date.now();
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, lingeredMs: doneAt === undefined ? Number.NaN : Date.now() - doneAt });
    });
  });
}
