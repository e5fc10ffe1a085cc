// Entry point Prisma's CLI spawns in place of the native `schema-engine` binary
// (PRISMA_SCHEMA_ENGINE_BINARY → bin/schema-engine → this file).
import { readFile } from "node:fs/promises";
import { type CliArgs, type OneShotCommand, parseArgs } from "./args.ts";
import { canConnectTo, createDatabaseFor, dropDatabaseFor } from "./database-admin.ts";
import { describeEngineError } from "./engine-errors.ts";
import { EngineSession } from "./engine-session.ts";
import { logLine, type LogLevel } from "./protocol.ts";
import { serveJsonRpc } from "./rpc-server.ts";
import { engineVersion, type Datamodels } from "./wasm-engine.ts";

/** Exit code of a native engine that panicked; the CLI reports it as an engine crash. */
const PANIC_EXIT_CODE = 101;
const CRASH_CLEANUP_MS = 5_000;

/** Set while a JSON-RPC session is open, for the crash handler. */
let closeSession: (() => Promise<void>) | undefined;

function writeLog(level: LogLevel, message: string, errorCode?: string): void {
  process.stderr.write(`${logLine(level, message, errorCode)}\n`);
}

async function runOneShot(command: OneShotCommand, args: CliArgs): Promise<number> {
  // The CLI drops the first stderr line of a one-shot run (the native engine's start-up INFO line)
  // and parses the rest: an error written first would be lost.
  writeLog("INFO", `Starting schema engine CLI (Wasm): ${command}`);
  try {
    if (command === "can-connect-to-database") await canConnectTo(args.datasource.url);
    else if (command === "create-database") await createDatabaseFor(args.datasource.url);
    else await dropDatabaseFor(args.datasource.url);
    return 0;
  } catch (error) {
    const failure = describeEngineError(error);
    writeLog("ERROR", failure.message, failure.errorCode ?? undefined);
    return 1;
  }
}

async function readDatamodels(paths: readonly string[]): Promise<Datamodels | undefined> {
  // `undefined`, never an empty list: the engine panics later on an empty one.
  if (paths.length === 0) return undefined;
  return Promise.all(paths.map(async (file): Promise<[string, string]> => [file, await readFile(file, "utf8")]));
}

async function runServer(args: CliArgs): Promise<number> {
  const session = new EngineSession({
    datamodels: await readDatamodels(args.datamodels),
    datasource: args.datasource,
    log: (line) => {
      const trimmed = line.trim();
      if (trimmed) process.stderr.write(`${trimmed}\n`);
    },
  });
  let exitCode = 0;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= session.close().catch((error: unknown) => writeLog("WARN", `Cleanup failed: ${describeEngineError(error).message}`)));
  closeSession = close;

  // The CLI ends our stdin and sends SIGTERM at once when it is done with us: finish closing
  // (PGlite checkpoints its data directory) before exiting. The CLI waits for the exit.
  const onSignal = (): void => {
    void close().then(() => process.exit(exitCode));
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);

  await serveJsonRpc({
    input: process.stdin,
    output: process.stdout,
    handle: (request, context) => session.handle(request, context),
    describeError: (error) => session.describeError(error),
    onPanic: () => {
      exitCode = PANIC_EXIT_CODE;
      process.stdin.destroy();
    },
  });
  await close();
  process.off("SIGTERM", onSignal);
  process.off("SIGINT", onSignal);
  return exitCode;
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    writeLog("ERROR", describeEngineError(error).message);
    return 1;
  }
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${await engineVersion()}\n`);
    return 0;
  }
  return args.command ? runOneShot(args.command, args) : runServer(args);
}

// An engine panic inside an async task surfaces here, not as a rejected call. Report it the way
// the native engine does (an ERROR line, exit 101) instead of a stack trace the CLI cannot parse.
// Still release what the session holds (a shadow database to drop, PGlite to close), but never
// wait long: the process is exiting because something is broken.
process.on("uncaughtException", (error) => {
  const failure = describeEngineError(error);
  writeLog("ERROR", failure.message, failure.errorCode ?? undefined);
  const exit = () => process.exit(failure.isPanic ? PANIC_EXIT_CODE : 1);
  setTimeout(exit, CRASH_CLEANUP_MS).unref();
  void (closeSession?.() ?? Promise.resolve()).finally(exit);
});

// No process.exit() on the normal path: the process must end on its own once everything is
// closed, which is what proves nothing (timer, pool, PGlite) was left holding it.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    writeLog("ERROR", describeEngineError(error).message);
    process.exitCode = 1;
  },
);
