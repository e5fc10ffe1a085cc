import { open } from "node:fs/promises";
import path from "node:path";

export type BackupFormat = "pg_dump" | "pglite";

/** `2026-11-30T06-34-30Z`: sortable, and free of the colons some file systems refuse. */
export function backupTimestamp(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z").replaceAll(":", "-");
}

/** Where a backup goes when the operator names no file: `./backups/slotted-<UTC timestamp>.<ext>`. */
export function defaultBackupPath(format: BackupFormat, now: Date = new Date(), dir = "backups"): string {
  const extension = format === "pg_dump" ? "dump" : "tar.gz";
  return path.resolve(dir, `slotted-${backupTimestamp(now)}.${extension}`);
}

/**
 * Tells the two kinds of backup apart by their first bytes (pg_dump's custom format starts with
 * "PGDMP", a PGlite dump is gzip), so restoring one into the other mode fails with a clear reason.
 */
export async function detectBackupFormat(file: string): Promise<BackupFormat | undefined> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.toString("latin1") === "PGDMP") return "pg_dump";
    if (head[0] === 0x1f && head[1] === 0x8b) return "pglite";
    return undefined;
  } finally {
    await handle.close();
  }
}
