// Starts a reference server by file, in its own process like Slotted (node --import tsx).
import path from "node:path";
import { startServer, type ServerProcess } from "../server-process.ts";

export type ReferenceName =
  "bare-server" | "floor-server" | "express-pg-server";

export function startReference(
  name: ReferenceName,
  readyPath: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  return startServer({
    label: name,
    cwd: path.resolve(import.meta.dirname, "../.."),
    args: ["--import", "tsx", path.join(import.meta.dirname, `${name}.ts`)],
    env: { NODE_ENV: "production", ...env },
    readyPath,
  });
}
