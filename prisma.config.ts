import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { datasourceUrlFromEnv } from "@slotted/prisma-engine/datasource-url";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const envFile = path.join(root, ".env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

// Prisma's CLI downloads a native schema engine from its CDN before every command. Unless the user
// opts out (PRISMA_OFFLINE_ENGINE=false, for machines that can reach the CDN), point it at our
// Wasm-backed engine so every command works offline. See tooling/prisma-engine/README.md.
if (process.env.PRISMA_OFFLINE_ENGINE !== "false" && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "tooling/prisma-engine/bin/schema-engine");
}

export default defineConfig({
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: { path: path.join(root, "prisma/migrations"), seed: "tsx prisma/seed.ts" },
  // PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite data directory
  // (PGLITE_DATA_DIR, default .data/pglite), named by a postgresql://pglite/?dataDir=… URL.
  datasource: { url: datasourceUrlFromEnv(process.env, { baseDir: root, defaultDataDir: ".data/pglite" }) },
});
