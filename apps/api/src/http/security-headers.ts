import type { Config } from "@slotted/config";
import type { RequestHandler } from "express";
import helmet, { type HelmetOptions } from "helmet";

/**
 * Helmet's headers with a Content-Security-Policy written out in full rather than inherited, so
 * what the browser enforces is readable here. In production it is:
 *
 *   default-src 'self'; base-uri 'self'; connect-src 'self'; font-src 'self' data:;
 *   form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; object-src 'none';
 *   script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline';
 *   upgrade-insecure-requests
 *
 * - Scripts: only files from this origin. Vite emits `<script type="module" src="/assets/…">`,
 *   `<link rel="stylesheet">` and `<link rel="modulepreload">`, never inline code; Swagger UI's
 *   start-up lives in /api/docs/init.js for the same reason. No CDN anywhere.
 * - Styles: files from this origin, plus inline styles, which the Radix primitives need
 *   (react-remove-scroll injects a `<style>` element while a dialog is open). Helmet's default
 *   `https:` source is dropped, as is the one in font-src: nothing is loaded from elsewhere.
 * - Images and fonts: this origin and `data:` URLs (Swagger UI's icons are inline SVG).
 * - Not framed by anyone (also `X-Frame-Options: DENY` for old browsers).
 * - `upgrade-insecure-requests` only in production: Safari applies it even to http://localhost
 *   (helmetjs/helmet#429), which would break every asset of a local `pnpm start`.
 */
export function securityHeaders(config: Pick<Config, "isProduction">): RequestHandler {
  const { set, removed } = helmetHeaders(helmetOptions(config));
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

/**
 * What helmet does to every response, computed once: nothing in these options depends on the
 * request (no nonces, no per-request functions), so running helmet's chain of a dozen middleware
 * per request would only recompute the same values.
 */
export function helmetHeaders(options: HelmetOptions): { set: [string, string][]; removed: string[] } {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      set.set(name, String(value));
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.push(name);
    },
  };
  const outcome: { finished: boolean; error?: unknown } = { finished: false };
  const run = helmet(options) as unknown as (req: object, res: typeof recorder, next: (error?: unknown) => void) => void;
  run({}, recorder, (error) => {
    outcome.finished = true;
    outcome.error = error;
  });
  if (outcome.error !== undefined) throw new Error("helmet refused its options", { cause: outcome.error });
  // Helmet is synchronous; anything else would mean the headers could depend on the request.
  if (!outcome.finished) throw new Error("helmet did not finish synchronously; its headers cannot be precomputed");
  return { set: [...set], removed };
}

/** The options helmet would be given per request; exported for the test comparing both. */
export function helmetOptions(config: Pick<Config, "isProduction">): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        ...(config.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: "deny" },
  };
}
