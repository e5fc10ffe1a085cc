// Bundles the API into an ES module (dist/main.js, plus chunks loaded on demand) so production
// starts without transpiling TypeScript or resolving hundreds of package files. Workspace packages
// (@slotted/*, TypeScript source, including the generated Prisma client) and plain-JavaScript
// packages are bundled; the packages in `keptExternal` stay in node_modules, loaded at run time,
// so PGlite's and Prisma's Wasm, argon2's native binary, pino's workers and swagger-ui-dist's files
// load from where their packages expect them.
import { existsSync } from "node:fs";
import { mkdir, realpath, rm, symlink } from "node:fs/promises";
import { isBuiltin } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const apiRoot = path.resolve(import.meta.dirname, "..");

/**
 * Loaded at run time through createRequire rather than an import, so the plugin never sees them:
 * listed here so they are linked too (src/http/api-docs.ts).
 */
const requiredAtRunTime = ["swagger-ui-dist"];

/**
 * Packages that stay in node_modules: they load Wasm, native binaries, worker files or other
 * assets from beside their own code, or require optional native modules. Everything else is plain
 * JavaScript and is bundled, which spares Node resolving and reading hundreds of files at start.
 */
const externalPatterns = [
  /^@electric-sql\//,
  /^@prisma\//,
  /^pglite-prisma-adapter$/,
  /^@node-rs\//,
  /^pg$/,
  /^pino$/,
  /^pino-/,
  /^thread-stream$/,
  /^swagger-ui-dist$/,
];
function keptExternal(name: string): boolean {
  return externalPatterns.some((pattern) => pattern.test(name));
}

export interface BundleOptions {
  /** Where main.js (and its source map and node_modules links) go; apps/api/dist by default. */
  outdir?: string;
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Node's lookup of a package folder: node_modules/<name> in `from` or the nearest ancestor. */
async function packageDir(name: string, from: string): Promise<string> {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(candidate)) return realpath(candidate);
    if (path.dirname(dir) === dir) throw new Error(`cannot find package ${name} from ${from}`);
  }
}

/**
 * Marks a bare import external when `keptExternal` names its package, and records which
 * package folder the importing file would have loaded. With pnpm's strict layout, packages used
 * by @slotted/db (Prisma, PGlite, pg, ioredis...) are not visible from apps/api, so the bundle
 * gets its own node_modules of links to exactly those folders.
 */
function externalPackages(links: Map<string, string>): Plugin {
  return {
    name: "external-packages",
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.path.startsWith("@slotted/")) return undefined;
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        const name = packageName(args.path);
        if (!keptExternal(name)) return undefined;
        const dir = await packageDir(name, args.resolveDir);
        const known = links.get(name);
        if (known && known !== dir) {
          throw new Error(`${name} resolves to two folders (${known}, ${dir}): one version per package is required`);
        }
        links.set(name, dir);
        return { path: args.path, external: true };
      });
    },
  };
}

async function linkPackages(outdir: string, links: Map<string, string>): Promise<void> {
  const modules = path.join(outdir, "node_modules");
  await rm(modules, { recursive: true, force: true });
  for (const [name, target] of links) {
    const link = path.join(modules, name);
    await mkdir(path.dirname(link), { recursive: true });
    // Relative, so the links survive turbo's cache restore and a copy of the whole checkout.
    await symlink(path.relative(path.dirname(link), target), link, "dir");
  }
}

/** Builds main.js into `outdir`; resolves once the bundle and its links are written. */
export async function buildBundle({ outdir = path.join(apiRoot, "dist") }: BundleOptions = {}): Promise<void> {
  const links = new Map<string, string>();
  for (const name of requiredAtRunTime) links.set(name, await packageDir(name, apiRoot));
  await rm(path.join(outdir, "main.js"), { force: true });
  await rm(path.join(outdir, "worker.js"), { force: true });
  await rm(path.join(outdir, "migrate.js"), { force: true });
  await rm(path.join(outdir, "chunks"), { recursive: true, force: true });
  await build({
    entryPoints: {
      main: path.join(apiRoot, "src/main.ts"),
      worker: path.join(apiRoot, "src/worker.ts"),
      migrate: path.join(apiRoot, "src/migrate.ts"),
    },
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    sourcesContent: false,
    // Mode-specific code (PGlite, the schema engine, pg) sits behind dynamic imports; split into
    // chunks, their packages load only when that code runs, not at every start.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    // Bundled CommonJS packages require Node's built-ins: give the ES module a real `require`.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [externalPackages(links)],
    logLevel: "warning",
  });
  await linkPackages(outdir, links);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildBundle();
}
