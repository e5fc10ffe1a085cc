import { fileURLToPath } from "node:url";
import type { AppServices } from "@slotted/core";
import type { Express } from "express";
import { serveSpa } from "./spa.ts";

/** apps/customer/dist in this checkout, found from this file rather than the working directory. */
const defaultCustomerDir = fileURLToPath(new URL("../../../customer/dist", import.meta.url));

/**
 * The browser apps this server hands out, same origin as the API (so cookie sessions just work).
 * The admin console joins here as `serveSpa(app, { mountPath: "/admin", dir })`, before the
 * customer app, whose fallback would otherwise answer its routes.
 */
export function mountWebApps(app: Express, { config, logger }: Pick<AppServices, "config" | "logger">): void {
  const customerDir = config.webApps.customerDir ?? defaultCustomerDir;
  if (!serveSpa(app, { mountPath: "/", dir: customerDir })) {
    logger.warn({ dir: customerDir }, "customer app not built: run pnpm build (pnpm start builds it first); / answers 404 until then");
  }
}
