// The hosted workflow must run exactly what .ci/run runs: each of its steps is `.ci/run <step>`,
// together they are .ci/run's default steps in the same order, and its services are the ones
// .ci/run's test steps need.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import path from "node:path";
import { readRepoFile, repoRoot } from "./repo-files.ts";

interface WorkflowStep {
  name?: string;
  run?: string;
  uses?: string;
}
interface Workflow {
  jobs: Record<string, { container?: { image: string }; services?: Record<string, { image: string }>; env?: Record<string, string>; steps: WorkflowStep[] }>;
}

const run = promisify(execFile);
const workflow = parse(readRepoFile(".github/workflows/ci.yml")) as Workflow;
const jobs = Object.values(workflow.jobs);

/** The steps `.ci/run` runs with no argument, read from the script itself. */
function defaultSteps(): string[] {
  const match = /steps=\(([a-z -]+)\)/.exec(readRepoFile(".ci/run"));
  if (!match?.[1]) throw new Error(".ci/run has no default step list");
  return match[1].trim().split(/\s+/);
}

describe("the hosted CI workflow", () => {
  it("has one job that calls .ci/run for every step, in .ci/run's order", () => {
    expect(jobs).toHaveLength(1);
    const called = (jobs[0]?.steps ?? []).flatMap((step) => {
      const match = /^\.ci\/run ([a-z-]+)$/.exec(step.run?.trim() ?? "");
      return match?.[1] ? [match[1]] : [];
    });
    const order = defaultSteps();
    // The workflow installs system packages first (it needs redis-server to start one); the rest keep .ci/run's order.
    expect([...called].sort()).toEqual([...order].sort());
    expect(called.filter((step) => step !== "system-packages")).toEqual(order.filter((step) => step !== "system-packages"));
  });

  it("runs nothing of its own beyond checking out and starting a loopback Redis", () => {
    for (const step of jobs[0]?.steps ?? []) {
      if (step.uses) expect(step.uses).toMatch(/^actions\/checkout@/);
      else if (!step.run?.startsWith(".ci/run ")) expect(step.run).toMatch(/^redis-server /);
    }
  });

  it("gives the test steps a PostgreSQL and a Redis, on Debian like .ci/run's machines", () => {
    const job = jobs[0];
    expect(job?.container?.image).toMatch(/bookworm/);
    expect(Object.keys(job?.services ?? {}).sort()).toEqual(["postgres", "redis"]);
    expect(job?.env?.CI_DATABASE_URL).toMatch(/^postgresql:\/\/postgres@postgres:5432\//);
    expect(job?.env?.CI_REDIS_URL).toBe("redis://redis:6379");
  });

  it("can ask .ci/run for one step, and an unknown step is refused", async () => {
    const refused: unknown = await run("bash", [path.join(repoRoot, ".ci/run"), "no-such-step"]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown step: no-such-step") as unknown });
  });
});
