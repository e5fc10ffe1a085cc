import { measureLandingBundle } from "./landing-bundle.ts";

// `pnpm exec tsx scripts/report-landing-bundle.ts`: the landing route's initial JavaScript.
const bundle = await measureLandingBundle(new URL("..", import.meta.url).pathname);
for (const file of bundle.files) process.stdout.write(`${(file.gzipBytes / 1000).toFixed(2).padStart(8)} kB  ${file.fileName}\n`);
process.stdout.write(`${(bundle.totalGzipBytes / 1000).toFixed(2).padStart(8)} kB  total (gzip -9)\n`);
