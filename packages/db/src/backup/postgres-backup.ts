import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { BackupError } from "./backup-error.ts";

interface ToolResult {
  stdout: string;
  stderr: string;
}

/**
 * The connection string without its password, plus an environment carrying it as PGPASSWORD:
 * a password in the tool's arguments would be visible to every user through `ps`.
 */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

/** The URL with any password masked, for messages. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function runTool(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new BackupError(
              `${command} is not installed or not on PATH. Install the PostgreSQL client tools of the server's major version or newer ` +
                `(Debian/Ubuntu: apt install postgresql-client-15; macOS: brew install libpq and add its bin folder to PATH).`,
            )
          : error,
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new BackupError(`${command} exited with code ${String(code)}:\n${stderr.trim()}`));
    });
  });
}

/** The major version of an installed client tool, from `pg_dump --version` ("pg_dump (PostgreSQL) 15.20 (Debian …)"). */
export async function toolMajorVersion(command: "pg_dump" | "pg_restore"): Promise<number> {
  const { stdout } = await runTool(command, ["--version"]);
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
  if (!match?.[1]) throw new BackupError(`cannot read the version of ${command} from "${stdout.trim()}"`);
  return Number(match[1]);
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function serverMajorVersion(url: string): Promise<number> {
  const rows = await withClient(url, (client) => client.query<{ server_version_num: string }>("SHOW server_version_num"));
  return Math.floor(Number(rows.rows[0]?.server_version_num) / 10000);
}

/** pg_dump refuses servers newer than itself; say so before it starts, with the versions involved. */
async function assertToolCanServe(command: "pg_dump" | "pg_restore", url: string): Promise<void> {
  const [tool, server] = await Promise.all([toolMajorVersion(command), serverMajorVersion(url)]);
  if (tool < server) {
    throw new BackupError(`${command} ${String(tool)} is older than the PostgreSQL ${String(server)} server; install the version ${String(server)} client tools.`);
  }
}

/** Tables, views and sequences outside the system schemas: any of them means the database holds something. */
export async function countUserRelations(url: string): Promise<number> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ count: string }>(
      `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`,
    ),
  );
  return Number(rows[0]?.count ?? 0);
}

/** `pg_dump --format=custom`: compressed, and restorable table by table with pg_restore. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  await assertToolCanServe("pg_dump", url);
  await mkdir(path.dirname(file), { recursive: true });
  const { dbname, env } = toolConnection(url);
  await runTool("pg_dump", ["--format=custom", "--no-password", `--file=${file}`, `--dbname=${dbname}`], env);
}

export interface RestoreOptions {
  /** Replace what a non-empty database holds; without it a non-empty target is refused. */
  force?: boolean;
}

/**
 * Restores a custom-format dump in one transaction, so a failure leaves the database as it was.
 * `--clean --if-exists` drops each object before recreating it; `--no-owner --no-privileges` lets
 * a dump taken under one role be restored under another.
 */
export async function restorePostgres(url: string, file: string, options: RestoreOptions = {}): Promise<void> {
  await assertToolCanServe("pg_restore", url);
  const relations = await countUserRelations(url);
  if (relations > 0 && !options.force) {
    throw new BackupError(
      `${describeDatabaseUrl(url)} is not empty (${String(relations)} tables, views or sequences). ` +
        `Restore into an empty database, or pass --force to drop and replace every object the backup contains.`,
    );
  }
  const { dbname, env } = toolConnection(url);
  await runTool(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--no-password", `--dbname=${dbname}`, file],
    env,
  );
}
