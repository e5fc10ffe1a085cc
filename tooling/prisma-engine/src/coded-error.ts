/** An error with the Prisma error code (P1001, P1003…) the CLI shows and branches on. */
export class CodedError extends Error {
  constructor(
    message: string,
    readonly errorCode: string | null,
  ) {
    super(message);
    this.name = "CodedError";
  }
}
