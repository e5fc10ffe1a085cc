import { existsSync } from "node:fs";
import path from "node:path";
import type { AppServices } from "@slotted/core";
import type { Express } from "express";
import { serveSpa } from "./spa.ts";

/**
 * apps/api: the nearest folder above this module with a package.json. Found by walking up, not a
 * fixed `../..`, because this code runs from src/http/ in development and from the bundle in dist/.
 */
function apiRoot(): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) || path.dirname(dir) === dir) return dir;
  }
}

/** apps/<name>/dist in this checkout, found from this module rather than the working directory. */
const builtApp = (name: string) => path.join(apiRoot(), "..", name, "dist");

/**
 * The browser apps this server hands out, same origin as the API (so cookie sessions just work).
 * The admin console is mounted first: the customer app's fallback at `/` would otherwise answer
 * its routes.
 */
export function mountWebApps(app: Express, { config, logger }: Pick<AppServices, "config" | "logger">): void {
  const apps = [
    { name: "admin console", mountPath: "/admin", dir: config.webApps.adminDir ?? builtApp("admin") },
    { name: "customer app", mountPath: "/", dir: config.webApps.customerDir ?? builtApp("customer") },
  ];
  for (const { name, mountPath, dir } of apps) {
    if (!serveSpa(app, { mountPath, dir })) {
      logger.warn({ dir }, `${name} not built: run pnpm build (pnpm start builds it first); ${mountPath} answers 404 until then`);
    }
  }
}
