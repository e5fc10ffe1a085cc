// Drives bin/schema-engine the way Prisma's CLI does: JSON-RPC lines on stdin/stdout.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const engineBinary = path.join(packageDir, "bin/schema-engine");

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RpcMessage {
  jsonrpc: "2.0";
  id: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: { is_panic: boolean; message: string; error_code: string | null } };
}

export interface EngineProcess {
  child: ChildProcessWithoutNullStreams;
  /** Every line received on stdout, parsed, in order. */
  messages: RpcMessage[];
  stderr(): string;
  request(method: string, params?: unknown): Promise<RpcMessage>;
  /** Resolves with the process's exit, or rejects if it is still running after `ms`. */
  exited(ms: number): Promise<Exit>;
}

export function spawnEngine(args: string[], options: { cwd?: string; onPrint?: (content: string) => void } = {}): EngineProcess {
  const child = spawn(engineBinary, args, { cwd: options.cwd ?? packageDir, stdio: ["pipe", "pipe", "pipe"] });
  const messages: RpcMessage[] = [];
  const waiting = new Map<number | string, (message: RpcMessage) => void>();
  let stderr = "";
  let nextId = 1;
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exit = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

  createInterface({ input: child.stdout }).on("line", (line) => {
    let message: RpcMessage;
    try {
      message = JSON.parse(line) as RpcMessage;
    } catch {
      return; // not JSON-RPC (e.g. --version output)
    }
    messages.push(message);
    if (message.method === "print") {
      const { content } = message.params as { content: string };
      options.onPrint?.(content);
      child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: message.id, result: {} })}\n`);
      return;
    }
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });

  return {
    child,
    messages,
    stderr: () => stderr,
    request(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, resolve);
        void exit.then((status) => reject(new Error(`engine exited (${JSON.stringify(status)}) before answering ${method}: ${stderr}`)));
        child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`);
      });
    },
    exited(ms) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          // Never leave a stray engine behind a failed test.
          child.kill("SIGKILL");
          reject(new Error(`engine still running after ${ms} ms`));
        }, ms);
        void exit.then((status) => {
          clearTimeout(timer);
          resolve(status);
        });
      });
    },
  };
}

/** Runs a one-shot command to completion. */
export async function runEngine(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<Exit & { stdout: string; stderr: string }> {
  const engine = spawnEngine(args, { cwd: options.cwd });
  let stdout = "";
  engine.child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  engine.child.stdin.end();
  const status = await engine.exited(options.timeoutMs ?? 30_000);
  return { ...status, stdout, stderr: engine.stderr() };
}

export interface LogLine {
  level: string;
  target: string;
  fields: { message: string; error_code?: string };
}

/**
 * Reads a one-shot run's stderr exactly as Prisma's CLI does: the first line is dropped and every
 * other line must be JSON (a single non-JSON line fails the whole command).
 */
export function parseStderrLikePrismaCli(stderr: string): LogLine[] {
  return stderr
    .replace(/\n$/, "")
    .split(/\r?\n/)
    .slice(1)
    .map((line) => JSON.parse(line) as LogLine);
}

/** The error the CLI would show for a failed one-shot run. */
export function cliVisibleError(stderr: string): LogLine["fields"] | undefined {
  return parseStderrLikePrismaCli(stderr).find((line) => line.level === "ERROR" && line.target === "schema_engine::logger")?.fields;
}
