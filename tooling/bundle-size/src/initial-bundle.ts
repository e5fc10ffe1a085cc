import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

type OutputChunk = Rolldown.OutputChunk;

export interface InitialBundle {
  /** Every JS file the route loads before it can render: gzip size in bytes, and the modules inside. */
  files: { fileName: string; gzipBytes: number; moduleIds: string[] }[];
  totalGzipBytes: number;
}

function gzipBytes(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

/** A chunk and every chunk it imports statically (what the browser must fetch together). */
function withStaticImports(start: OutputChunk, chunks: Map<string, OutputChunk>, into: Set<OutputChunk>): void {
  if (into.has(start)) return;
  into.add(start);
  for (const name of start.imports) {
    const imported = chunks.get(name);
    if (imported) withStaticImports(imported, chunks, into);
  }
}

/**
 * Builds the app at `root` (in memory, production mode) and measures the JavaScript its first
 * page needs: the entry chunk, the chunk of `routeFile` (a TanStack Router route, e.g.
 * `src/routes/index.tsx`, whose component the router split off), and their static imports.
 * Lazy chunks fetched only on interaction or navigation are not counted.
 */
export async function measureInitialBundle(root: string, routeFile: string): Promise<InitialBundle> {
  const routeModule = `/${routeFile}?tsr-split=component`;
  // Under vitest NODE_ENV is "test", which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  const result = await build({ root, configLoader: "runner", logLevel: "silent", mode: "production", build: { write: false } }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = new Map<string, OutputChunk>();
  for (const output of outputs) {
    for (const item of output.output) if (item.type === "chunk") chunks.set(item.fileName, item);
  }
  const all = [...chunks.values()];
  const entry = all.find((chunk) => chunk.isEntry);
  const route = all.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(routeModule)));
  if (!entry || !route) throw new Error(`The build has no entry chunk or no chunk for ${routeFile}`);

  const initial = new Set<OutputChunk>();
  withStaticImports(entry, chunks, initial);
  withStaticImports(route, chunks, initial);
  const files = [...initial].map((chunk) => ({ fileName: chunk.fileName, gzipBytes: gzipBytes(chunk.code), moduleIds: chunk.moduleIds }));
  return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
