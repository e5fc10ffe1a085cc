// A private PgBouncer in transaction-pooling mode in front of the test PostgreSQL server, for
// proving that the app works behind the pooler production deployments put in front of PostgreSQL.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, chownSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const pgbouncerBinary = "/usr/sbin/pgbouncer";

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian's package path; suites that need the pooler run only where it is installed. */
export const pgbouncerInstalled = isExecutable(pgbouncerBinary);

export interface PgbouncerOptions {
  /** Databases the pooler serves, each forwarded to the same name on the upstream server. */
  databases: string[];
  /** The PostgreSQL server behind the pooler (its host, port and user are used). */
  upstreamUrl: string;
  /**
   * Startup parameters PgBouncer drops instead of refusing the connection. 1.18 refuses any it
   * does not track (statement_timeout, options...) with "unsupported startup parameter".
   */
  ignoreStartupParameters?: string[];
  /** Server connections per database/user pair. */
  poolSize?: number;
}

export interface Pgbouncer {
  host: string;
  port: number;
  /** `upstreamUrl` with the host and port of the pooler and the path of `database`. */
  urlFor(database: string): string;
  /** The pooler's log so far (startup errors, refused clients). */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no free TCP port");
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Database names in this config are test-generated; anything else would be a test bug. */
function assertPlainName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name for pgbouncer.ini: ${name}`);
  return name;
}

/**
 * PgBouncer refuses to run as root ("PgBouncer should not run as root"). As root (CI, this
 * machine) it is started with `-u postgres`, which drops privileges after start-up, so its
 * config directory is handed to that user first.
 */
function runAsArguments(dir: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const [uid, gid] = [id("-u"), id("-g")];
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) throw new Error("running pgbouncer as root needs a postgres user");
  chownSync(dir, uid, gid);
  return ["-u", "postgres"];
}

/**
 * Starts PgBouncer (pool_mode = transaction, auth_type = trust, like the test server) on a spare
 * loopback port and waits, at most 10 s, until it accepts connections. `stop` kills it and
 * removes its config directory.
 */
export async function startPgbouncer(options: PgbouncerOptions): Promise<Pgbouncer> {
  const upstream = new URL(options.upstreamUrl);
  const user = decodeURIComponent(upstream.username || "postgres");
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "slotted-pgbouncer-"));
  const logFile = path.join(dir, "pgbouncer.log");
  const databases = options.databases.map(
    (name) => `${assertPlainName(name)} = host=${upstream.hostname} port=${upstream.port || "5432"} dbname=${name}`,
  );
  writeFileSync(path.join(dir, "userlist.txt"), `"${user}" ""\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      ...databases,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize ?? 10}`,
      "max_client_conn = 1000",
      `ignore_startup_parameters = ${(options.ignoreStartupParameters ?? []).join(",")}`,
      `logfile = ${logFile}`,
      "",
    ].join("\n"),
  );
  const runAs = runAsArguments(dir);
  const child: ChildProcess = spawn(pgbouncerBinary, [...runAs, path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, "exit");
  const readLog = () => {
    try {
      return readFileSync(logFile, "utf8") + stderr;
    } catch {
      return stderr;
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGINT"); // immediate shutdown
      const stopped = await Promise.race([exited.then(() => true), sleep(3_000).then(() => false)]);
      if (!stopped) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = performance.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      const log = readLog();
      await stop();
      throw new Error(`pgbouncer did not start: ${log}`);
    }
    await sleep(50);
  }
  return {
    host: "127.0.0.1",
    port,
    urlFor(database) {
      const url = new URL(options.upstreamUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      url.pathname = `/${database}`;
      return url.toString();
    },
    log: readLog,
    stop,
  };
}
