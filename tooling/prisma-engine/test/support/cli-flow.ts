// The same stock-CLI command sequence, run against either kind of database.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SCHEMA, SCHEMA_WITH_NOTE } from "./fixtures.ts";
import { createPrismaProject, type CliResult, type PrismaProject } from "./prisma-cli.ts";
import { makeTempDir, type TempDir } from "./temp-dir.ts";

export interface FlowDatabases {
  /** Gets migrate dev, status and diff. */
  main: string;
  deployTarget: string;
  pushTarget: string;
}

function expectSuccess(result: CliResult): void {
  expect(result.code, result.output).toBe(0);
}

async function migrationNames(project: PrismaProject): Promise<string[]> {
  const entries = await readdir(project.migrationsDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** The same command sequence against either kind of database. */
export function describeCliFlow(name: string, databases: () => FlowDatabases): void {
  let temp: TempDir;
  let project: PrismaProject;

  beforeAll(async () => {
    temp = await makeTempDir();
    project = await createPrismaProject(path.join(temp.path, "project"), SCHEMA);
  });
  afterAll(() => temp.remove());

  it(`${name}: migrate dev creates and applies a migration (replayed on a shadow database)`, async () => {
    const result = await project.run(["migrate", "dev", "--name", "init"], databases().main);
    expectSuccess(result);
    expect(result.output).toContain("Your database is now in sync with your schema");
    const [init] = await migrationNames(project);
    expect(init).toMatch(/^\d{14}_init$/);
    const sql = await readFile(path.join(project.migrationsDir, init ?? "", "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Venue"');
  });

  it(`${name}: migrate status reports the database up to date`, async () => {
    const result = await project.run(["migrate", "status"], databases().main);
    expectSuccess(result);
    expect(result.output).toContain("Database schema is up to date");
  });

  it(`${name}: migrate diff replays the migrations and prints the change`, async () => {
    await project.writeSchema(SCHEMA_WITH_NOTE);
    const result = await project.run(["migrate", "diff", "--from-migrations", "migrations", "--to-schema", "schema.prisma", "--script"], databases().main);
    expectSuccess(result);
    expect(result.stdout).toContain('CREATE TABLE "Note"');
    expect(result.stdout).not.toContain('CREATE TABLE "Venue"');
  });

  it(`${name}: migrate deploy applies the migrations to another database`, async () => {
    const result = await project.run(["migrate", "deploy"], databases().deployTarget);
    expectSuccess(result);
    expect(result.output).toContain("All migrations have been successfully applied");
  });

  it(`${name}: db push syncs a database without migrations`, async () => {
    const result = await project.run(["db", "push"], databases().pushTarget);
    expectSuccess(result);
    expect(result.output).toContain("Your database is now in sync with your Prisma schema");
  });
}

