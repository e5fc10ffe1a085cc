export { BackupError } from "./backup-error.ts";
export { backupTimestamp, defaultBackupPath, detectBackupFormat, type BackupFormat } from "./backup-file.ts";
export { backupPostgres, restorePostgres, countUserRelations, describeDatabaseUrl, toolMajorVersion, type RestoreOptions } from "./postgres-backup.ts";
export { backupPglite, restorePglite, assertDataDirNotInUse, type PgliteRestoreOptions, type PgliteRestoreResult } from "./pglite-backup.ts";
