import path from "node:path";
import { measureInitialBundle } from "./initial-bundle.ts";

// `pnpm --filter @slotted/bundle-size report <app dir> <route file>`, e.g.
// `report apps/admin src/routes/_console/index.tsx`: the first load of that route, file by file.
const [appDir, routeFile] = process.argv.slice(2);
if (!appDir || !routeFile) {
  process.stderr.write("usage: report <app dir> <route file>\n");
  process.exit(2);
}
const bundle = await measureInitialBundle(path.resolve(process.env.INIT_CWD ?? process.cwd(), appDir), routeFile);
for (const file of bundle.files) process.stdout.write(`${(file.gzipBytes / 1000).toFixed(2).padStart(8)} kB  ${file.fileName}\n`);
process.stdout.write(`${(bundle.totalGzipBytes / 1000).toFixed(2).padStart(8)} kB  total (gzip -9)\n`);
