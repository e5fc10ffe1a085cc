import { activeLogger, type Logger } from "@slotted/logger";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { sendError } from "./send-error.ts";

/**
 * How deeply JSON input may nest. The deepest real input is a tRPC batch of a bulk user create
 * (`{"0":{"json":{"users":[{...}]}}}`, 5 levels); 32 leaves room while keeping parsing, the
 * superjson transform and zod's recursive walk far from the stack limit that a few kilobytes of
 * `[[[[…` otherwise reach (a 500 before this guard).
 */
export const maxJsonDepth = 32;

const tooDeepType = "entity.too.deep";
const tooDeepMessage = `The request's JSON is nested more than ${maxJsonDepth} levels deep`;

const quote = 0x22;
const backslash = 0x5c;
const openBracket = 0x5b;
const openBrace = 0x7b;
const closeBracket = 0x5d;
const closeBrace = 0x7d;

/**
 * One linear pass over the raw text: counts `[`/`{` outside strings (escapes honoured) and stops
 * at the first level beyond `max`. Works on UTF-8 bytes (multi-byte sequences never contain ASCII
 * bytes) and on decoded text alike; malformed JSON is left for the parser to refuse.
 */
export function jsonNestingExceeds(source: Uint8Array | string, max: number = maxJsonDepth): boolean {
  const text = typeof source === "string";
  let depth = 0;
  let inString = false;
  for (let index = 0; index < source.length; index++) {
    const code = text ? source.charCodeAt(index) : (source[index] ?? 0);
    if (inString) {
      if (code === backslash) index++;
      else if (code === quote) inString = false;
    } else if (code === quote) {
      inString = true;
    } else if (code === openBracket || code === openBrace) {
      if (++depth > max) return true;
    } else if (code === closeBracket || code === closeBrace) {
      depth--;
    }
  }
  return false;
}

class JsonTooDeepError extends Error {
  readonly type = tooDeepType;
  readonly status = 400;
}

/** What the error handler already answers 415 for: a charset the check cannot read is not parsed either. */
class UnreadableCharsetError extends Error {
  readonly type = "charset.unsupported";
  readonly status = 415;
}

function decodedForCheck(body: Buffer, encoding: string): Uint8Array | string {
  if (encoding === "utf-8" || encoding === "utf8") return body;
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    throw new UnreadableCharsetError(`unsupported charset "${encoding}"`);
  }
}

function refuse(logger: Logger, res: Parameters<RequestHandler>[1], where: "body" | "query"): void {
  // A refused request, not a server fault: warn (so an operator can see a flood), never error.
  activeLogger(logger).warn({ refused: "json-too-deep", where, maxJsonDepth }, "request refused: JSON nested too deeply");
  sendError(res, 400, "BAD_REQUEST", tooDeepMessage);
}

/**
 * express.json with the nesting check on the raw bytes, before `JSON.parse` and everything after it
 * sees them. Other charsets (utf-16) are decoded for the check; body-parser refuses the rest.
 */
export function jsonBodyParser(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    verify: (_req, _res, body, encoding) => {
      if (jsonNestingExceeds(decodedForCheck(body, encoding))) throw new JsonTooDeepError(tooDeepMessage);
    },
  });
}

/** Answers the body check's refusal with 400 in the one error shape; passes every other error on. */
export function jsonDepthRefusal(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (typeof error === "object" && error !== null && (error as { type?: unknown }).type === tooDeepType) {
      refuse(logger, res, "body");
      return;
    }
    next(error);
  };
}

/** tRPC GET calls carry their JSON in `?input=`; the same bound applies before tRPC parses it. */
export function queryInputDepthGuard(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const query = req.url.includes("?") ? req.url.slice(req.url.indexOf("?") + 1) : "";
    if (new URLSearchParams(query).getAll("input").some((value) => jsonNestingExceeds(value))) {
      refuse(logger, res, "query");
      return;
    }
    next();
  };
}
