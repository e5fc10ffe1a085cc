// The bench's own PostgreSQL database: created fresh, seeded with the repo's seeder, dropped at
// the end, so the run never touches (or depends on) anyone else's data.
import { spawn } from "node:child_process";
import { once } from "node:events";
import pg from "pg";
import { onCleanup } from "./cleanup.ts";

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({
    connectionString: withDatabase(serverUrl, "postgres"),
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `slotted_bench_<timestamp>` on the server DATABASE_URL points at; answers its URL. */
export async function createBenchDatabase(
  serverUrl: string,
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `slotted_bench_${Date.now()}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const drop = onCleanup(`database ${name}`, () =>
    admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
  return { url: withDatabase(serverUrl, name), name, drop };
}

/** `pnpm db:seed -- --scale N` against `databaseUrl` (it migrates first); answers its output. */
export async function seed(
  repoRoot: string,
  databaseUrl: string,
  scale: number,
): Promise<string> {
  const child = spawn("pnpm", ["db:seed", "--", "--scale", String(scale)], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0)
    throw new Error(`db:seed exited with ${code}:\n${output.slice(-2_000)}`);
  return output;
}

/** Runs queries against a database and closes the connection. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
