import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { healthPaths, readRepoFile, repoRoot } from "./repo-files.ts";

interface Stage {
  name: string;
  from: string;
  instructions: { keyword: string; args: string }[];
}

/** The Dockerfile's stages, with continuation lines joined and comments dropped. */
function dockerStages(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  for (const line of lines) {
    const [keyword = "", ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (keyword.toUpperCase() === "FROM") {
      const [from = "", , name = `stage${stages.length}`] = rest;
      stages.push({ name, from, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

const dockerfile = readRepoFile("Dockerfile");
const stages = dockerStages(dockerfile);
const stage = (name: string): Stage => {
  const found = stages.find((s) => s.name === name);
  if (!found) throw new Error(`no stage ${name}`);
  return found;
};
const runtime = stages.at(-1) ?? stage("runtime");
const ignored = readRepoFile(".dockerignore").split("\n").filter(Boolean);

/** Workspace package folders, from pnpm-workspace.yaml's `dir/*` globs. */
function workspacePackages(): string[] {
  const { packages } = parse(readRepoFile("pnpm-workspace.yaml")) as {
    packages: string[];
  };
  return packages.flatMap((glob) => {
    expect(glob).toMatch(/^[\w-]+\/\*$/);
    const parent = glob.slice(0, -2);
    return readdirSync(path.join(repoRoot, parent))
      .map((name) => `${parent}/${name}`)
      .filter((dir) => existsSync(path.join(repoRoot, dir, "package.json")));
  });
}

describe("the Dockerfile", () => {
  it("brings every workspace package's package.json to the install, whatever packages exist", () => {
    const packages = workspacePackages();
    expect(packages).toEqual(expect.arrayContaining(["packages/jobs", "packages/mail", "tooling/bench", "apps/api"]));
    // The manifests stage copies the whole context and keeps every package.json outside node_modules…
    const manifests = stage("manifests");
    expect(manifests.instructions).toContainEqual({
      keyword: "COPY",
      args: ". .",
    });
    const extract = manifests.instructions.find((i) => i.keyword === "RUN")?.args ?? "";
    expect(extract).toContain("find . -name package.json");
    expect(extract).toContain('-not -path "*/node_modules/*"');
    // …none of which .dockerignore hides (dist and node_modules only)…
    for (const dir of packages) {
      for (const pattern of ignored)
        expect(`${dir}/package.json`.startsWith(pattern.replace(/^\*\*\//, "")), `${dir} vs ${pattern}`).toBe(false);
    }
    // …and the install stage starts from them, with the lockfile, workspace file and patches.
    const deps = stage("deps");
    const copies = deps.instructions.filter((i) => i.keyword === "COPY").map((i) => i.args);
    expect(copies).toContain("--from=manifests /manifests ./");
    expect(copies).toContain("pnpm-lock.yaml pnpm-workspace.yaml ./");
    expect(copies.some((c) => c.startsWith("patches "))).toBe(true);
    const copyIndex = deps.instructions.findIndex((i) => i.args === "--from=manifests /manifests ./");
    const installIndex = deps.instructions.findIndex((i) => i.keyword === "RUN" && i.args.includes("pnpm install"));
    expect(copyIndex).toBeGreaterThanOrEqual(0);
    expect(installIndex).toBeGreaterThan(copyIndex);
  });

  it("installs and builds with CI's commands and pnpm version", () => {
    const ci = readRepoFile(".ci/run");
    const runs = stages.flatMap((s) => s.instructions.filter((i) => i.keyword === "RUN").map((i) => i.args));
    for (const command of ["install --frozen-lockfile", "build"]) {
      expect(ci).toContain(`$PNPM ${command}\n`);
      expect(runs).toContain(`pnpm ${command}`);
    }
    const { packageManager } = JSON.parse(readRepoFile("package.json")) as {
      packageManager: string;
    };
    expect(runs).toContain(`npm install -g ${packageManager}`);
  });

  it("runs the bundle as a non-root user, without source maps, tests or sources", () => {
    expect(runtime.from).toMatch(/^node:\d+/);
    const users = runtime.instructions.filter((i) => i.keyword === "USER").map((i) => i.args);
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.instructions.findIndex((i) => i.keyword === "USER")).toBeGreaterThan(
      runtime.instructions.findLastIndex((i) => i.keyword === "COPY" || i.keyword === "RUN"),
    );
    const copied = runtime.instructions.filter((i) => i.keyword === "COPY").map((i) => i.args);
    expect(copied.every((c) => c.startsWith("--from=prod-deps "))).toBe(true);
    for (const source of copied.map((c) => c.split(/\s+/).at(-2) ?? "")) {
      expect(source, source).not.toMatch(/\.map$|\/test(\/|$)|\/src(\/|$)|\.test\./);
    }
    // The bundle build writes maps beside the bundle; the stage the runtime copies from deletes them.
    const prodDeps = stage("prod-deps")
      .instructions.map((i) => i.args)
      .join("\n");
    expect(prodDeps).toMatch(/find apps\/api\/dist apps\/customer\/dist apps\/admin\/dist -name "\*\.map" .*-delete/);
    const cmd = runtime.instructions.find((i) => i.keyword === "CMD")?.args ?? "";
    expect(JSON.parse(cmd)).toEqual(["node", "apps/api/dist/main.js"]);
    expect(cmd).not.toContain("--enable-source-maps");
  });

  it("checks its health on the readiness path the server serves", () => {
    const healthcheck = runtime.instructions.find((i) => i.keyword === "HEALTHCHECK")?.args ?? "";
    expect(healthcheck).toContain(healthPaths.ready);
  });
});
