/** A problem the operator can fix (missing tool, running server, non-empty target): reported without a stack. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
