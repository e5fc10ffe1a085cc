// Runs the repository's real Prisma CLI against a throwaway project, with our engine plugged in.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { engineBinary, packageDir } from "./engine-process.ts";

const prismaBin = path.resolve(packageDir, "../../node_modules/.bin/prisma");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for assertions that do not care where the CLI wrote. */
  output: string;
}

export interface PrismaProject {
  dir: string;
  migrationsDir: string;
  writeSchema(schema: string): Promise<void>;
  run(args: string[], databaseUrl: string): Promise<CliResult>;
}

/** A config with no imports: the temp dir has no node_modules to resolve `prisma/config` from. */
const CONFIG = `export default {
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL },
};
`;

export async function createPrismaProject(dir: string, schema: string): Promise<PrismaProject> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "prisma.config.mjs"), CONFIG);
  const writeSchema = (content: string) => writeFile(path.join(dir, "schema.prisma"), content);
  await writeSchema(schema);
  return {
    dir,
    migrationsDir: path.join(dir, "migrations"),
    writeSchema,
    run: (args, databaseUrl) => runPrisma(dir, [...args, "--config", "prisma.config.mjs"], databaseUrl),
  };
}

function runPrisma(cwd: string, args: string[], databaseUrl: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: engineBinary,
    // No network: no update checks or telemetry.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CI: "1",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      output += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr, output }));
  });
}
