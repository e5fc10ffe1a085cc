// Wire formats of the native schema engine, as Prisma's CLI reads them: JSON-RPC 2.0 over
// stdin/stdout (one object per line) and JSON log lines on stderr.

export type JsonRpcId = number | string;

export interface JsonRpcRequest {
  jsonrpc: "2.0";
  id: JsonRpcId;
  method: string;
  params?: unknown;
}

export interface JsonRpcSuccess {
  jsonrpc: "2.0";
  id: JsonRpcId;
  result: unknown;
}

export interface EngineErrorData {
  is_panic: boolean;
  message: string;
  meta: unknown;
  error_code: string | null;
}

export interface JsonRpcFailure {
  jsonrpc: "2.0";
  id: JsonRpcId;
  error: { code: number; message: string; data: EngineErrorData };
}

export type JsonRpcResponse = JsonRpcSuccess | JsonRpcFailure;

/** The code the native engine uses for every application error (the CLI reads `data`). */
export const ENGINE_ERROR_CODE = 4466;
const ENGINE_ERROR_MESSAGE = "An error happened. Check the data field for details.";

export interface EngineFailure {
  message: string;
  errorCode: string | null;
  isPanic: boolean;
  meta?: unknown;
}

export function successResponse(id: JsonRpcId, result: unknown): JsonRpcSuccess {
  return { jsonrpc: "2.0", id, result };
}

export function failureResponse(id: JsonRpcId, failure: EngineFailure): JsonRpcFailure {
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: ENGINE_ERROR_CODE,
      message: ENGINE_ERROR_MESSAGE,
      data: { is_panic: failure.isPanic, message: failure.message, meta: failure.meta ?? null, error_code: failure.errorCode },
    },
  };
}

export type IncomingMessage =
  | { type: "request"; request: JsonRpcRequest }
  | { type: "response"; id: JsonRpcId; result?: unknown; error?: unknown }
  | { type: "invalid"; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is JsonRpcId {
  return typeof value === "number" || typeof value === "string";
}

/** Classifies one stdin line: a CLI request, or the CLI's reply to one of our `print` requests. */
export function parseIncoming(line: string): IncomingMessage {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { type: "invalid", reason: "not JSON" };
  }
  if (!isRecord(value) || !isId(value.id)) return { type: "invalid", reason: "not a JSON-RPC message with an id" };
  if (typeof value.method === "string") {
    return { type: "request", request: { jsonrpc: "2.0", id: value.id, method: value.method, params: value.params } };
  }
  if ("result" in value || "error" in value) {
    return { type: "response", id: value.id, result: value.result, error: value.error };
  }
  return { type: "invalid", reason: "neither a request nor a response" };
}

export function printRequest(id: JsonRpcId, content: string): JsonRpcRequest {
  return { jsonrpc: "2.0", id, method: "print", params: { content } };
}

export type LogLevel = "ERROR" | "WARN" | "INFO" | "DEBUG";

/** The target the CLI looks for when it reads a one-shot command's error. */
export const LOG_TARGET = "schema_engine::logger";

export interface LogLine {
  timestamp: string;
  level: LogLevel;
  target: string;
  fields: { message: string; error_code?: string };
}

export function logLine(level: LogLevel, message: string, errorCode?: string): string {
  const line: LogLine = {
    timestamp: new Date().toISOString(),
    level,
    target: LOG_TARGET,
    fields: errorCode ? { message, error_code: errorCode } : { message },
  };
  return JSON.stringify(line);
}
