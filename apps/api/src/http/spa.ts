import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express, type Request, type RequestHandler, type Response } from "express";

export interface SpaOptions {
  /** Where the app lives in the URL space: `/` for the customer app, `/admin` for the console. */
  mountPath: string;
  /** A Vite build: `index.html`, non-hashed public files, and content-hashed files under `assets/`. */
  dir: string;
}

/** URL space the server owns: an app's `index.html` is never the answer there, a JSON 404 is. */
const serverPrefixes = ["/api", "/trpc", "/metrics"] as const;

const underPrefix = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** Vite names every file under assets/ by its content hash, so a URL there never changes meaning. */
const oneYearMs = 365 * 24 * 60 * 60 * 1000;

/** Revalidate every time: a new build must reach the next page load. */
const noCache = (res: Response) => res.setHeader("Cache-Control", "no-cache");

/** Route labels for logs and metrics (fixed per mount, never the raw URL). */
function routeLabels(mountPath: string) {
  const base = mountPath.replace(/\/+$/, "");
  return { asset: `${base}/assets/:file`, file: `${base}/:file`, page: `${base}/*` };
}

/**
 * An HTML navigation the app's router should answer: GET or HEAD, outside the server's own URL
 * space and the mount's assets, and not shaped like a file (no extension in the last segment).
 */
function isAppRoute(req: Request): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const fullPath = `${req.baseUrl}${req.path}`;
  if (serverPrefixes.some((prefix) => underPrefix(fullPath, prefix))) return false;
  if (underPrefix(req.path, "/assets")) return false;
  return path.posix.extname(req.path) === "";
}

function indexFallback(dir: string, route: string): RequestHandler {
  return (req, res, next) => {
    if (!isAppRoute(req)) {
      next();
      return;
    }
    res.locals.route = route;
    // Relative to `root`, so a build kept under a dot-directory (~/.local/…) is not refused as a dotfile.
    const options = { root: dir, cacheControl: false, headers: { "Cache-Control": "no-cache" } };
    res.sendFile("index.html", options, (error?: Error & { status?: number }) => {
      // A client that went away mid-file is not a server error; a build removed while running is a 404.
      if (!error || res.headersSent) return;
      if (error.status === 404) next();
      else next(error);
    });
  };
}

/**
 * Serves a built single-page app at `mountPath` and returns true, or returns false (mounting
 * nothing) when `dir` holds no `index.html`. Hashed assets are cached for a year as immutable;
 * everything else revalidates (`no-cache`); app routes fall back to `index.html`. Missing files,
 * unknown assets and other methods fall through to the JSON 404. Mount more specific paths
 * first (`/admin` before `/`), so the root app's fallback never answers for another app.
 */
export function serveSpa(app: Express, { mountPath, dir }: SpaOptions): boolean {
  const indexFile = path.join(dir, "index.html");
  if (!existsSync(indexFile)) return false;
  const labels = routeLabels(mountPath);

  const spa = express.Router();
  spa.use(
    "/assets",
    express.static(path.join(dir, "assets"), {
      index: false,
      redirect: false,
      immutable: true,
      maxAge: oneYearMs,
      setHeaders: (res) => (res.locals.route = labels.asset),
    }),
  );
  spa.use(
    express.static(dir, {
      index: false,
      redirect: false,
      cacheControl: false,
      setHeaders: (res) => {
        res.locals.route = labels.file;
        noCache(res);
      },
    }),
  );
  spa.use(indexFallback(dir, labels.page));
  app.use(mountPath, spa);
  return true;
}
