import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { fetchServedDocument, type OpenApiDocument } from "./support/openapi-document.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, "../..");
const redoclyBin = path.join(apiRoot, "node_modules/.bin/redocly");
// Extends `recommended` and turns no rule off: the document must pass the stock rules.
const redoclyConfig = path.join(here, "redocly.yaml");

interface RedoclyProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location?: { pointer?: string }[];
}

interface RedoclyReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: RedoclyProblem[];
}

/** Runs the pinned redocly CLI without a shell; a lint failure exits 1 with the report still on stdout. */
function redoclyLint(file: string): Promise<{
  report: RedoclyReport | undefined;
  stdout: string;
  stderr: string;
}> {
  return new Promise((resolve) => {
    execFile(
      redoclyBin,
      ["lint", file, "--format=json", `--config=${redoclyConfig}`],
      {
        cwd: apiRoot,
        timeout: 90_000,
        maxBuffer: 32 * 1024 * 1024,
        // No network on this machine (nor wanted in CI): no update checks, no telemetry.
        env: {
          ...process.env,
          NO_UPDATE_NOTIFIER: "1",
          REDOCLY_TELEMETRY: "off",
          REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
          CI: "true",
        },
      },
      (_error, stdout, stderr) => {
        let report: RedoclyReport | undefined;
        try {
          report = JSON.parse(stdout) as RedoclyReport;
        } catch {
          report = undefined;
        }
        resolve({ report, stdout, stderr });
      },
    );
  });
}

const describeProblems = (problems: RedoclyProblem[]) =>
  problems.map((problem) => `[${problem.severity}] ${problem.ruleId} at ${problem.location?.[0]?.pointer ?? "?"}: ${problem.message}`).join("\n");

let server: TestServer;
let doc: OpenApiDocument;
let workDir: string;
let docFile: string;

beforeAll(async () => {
  server = await startTestServer();
  doc = await fetchServedDocument(server);
  workDir = await mkdtemp(path.join(tmpdir(), "slotted-openapi-"));
  docFile = path.join(workDir, "openapi.json");
  await writeFile(docFile, JSON.stringify(doc, null, 2));
});
afterAll(async () => {
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

describe("the served OpenAPI document", () => {
  it("passes redocly's recommended rules with no error and no warning", { timeout: 120_000 }, async () => {
    const { report, stdout, stderr } = await redoclyLint(docFile);
    expect(report, `redocly gave no JSON report.\nstdout: ${stdout.slice(0, 2000)}\nstderr: ${stderr.slice(0, 2000)}`).toBeDefined();
    const problems = report?.problems ?? [];
    expect(problems, `redocly lint found problems:\n${describeProblems(problems)}`).toEqual([]);
    expect(report?.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("is a valid OpenAPI document for swagger-parser", async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as unknown as Parameters<typeof SwaggerParser.validate>[0])).resolves.toBeDefined();
  });

  it("is OpenAPI 3.1 with a relative server URL, a license and a contact", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    expect(doc.info).toHaveProperty("license");
    expect(doc.info).toHaveProperty("contact");
  });
});
