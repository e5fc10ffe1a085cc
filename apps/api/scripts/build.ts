// The API's production build: the bundle (dist/main.js) and the migrated embedded-database
// template (dist/pglite-template), side by side; esbuild runs in its own process, so both overlap.
import { buildBundle } from "./build-bundle.ts";
import { buildTemplate } from "./build-pglite-template.ts";

await Promise.all([buildBundle(), buildTemplate()]);
