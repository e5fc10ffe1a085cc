export type { Logger } from "pino";
export { createLogger, activeLogger, type LoggerOptions } from "./create-logger.ts";
export { runWithRequestContext, currentRequestContext, type RequestContext } from "./request-context.ts";
export { redactPaths, scrubText } from "./redaction.ts";
