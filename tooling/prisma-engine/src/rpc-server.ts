// Line-delimited JSON-RPC over a pair of streams, requests handled one at a time like the native
// engine. Replies to our own requests (`print`) are read while a request is in progress.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import {
  type EngineFailure,
  failureResponse,
  type JsonRpcId,
  type JsonRpcRequest,
  type JsonRpcResponse,
  parseIncoming,
  printRequest,
  successResponse,
} from "./protocol.ts";

export interface RequestContext {
  /** Asks the CLI to print `content` on its stdout; resolves once it has. */
  print(content: string): Promise<void>;
}

export interface RpcServerOptions {
  input: Readable;
  output: Writable;
  handle(request: JsonRpcRequest, context: RequestContext): Promise<unknown>;
  describeError(error: unknown): EngineFailure;
  /** Called after a response that reports a panic: the Wasm instance is no longer usable. */
  onPanic?(): void;
}

/** Resolves when the input ends and every request received has been answered. */
export function serveJsonRpc(options: RpcServerOptions): Promise<void> {
  const pendingReplies = new Map<JsonRpcId, () => void>();
  let nextPrintId = 0;
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  let inputClosed = false;
  const lines = createInterface({ input: options.input, crlfDelay: Infinity });

  const send = (message: JsonRpcResponse | JsonRpcRequest): void => {
    options.output.write(`${JSON.stringify(message)}\n`);
  };

  const context: RequestContext = {
    print(content) {
      // A string id can never collide with the CLI's numeric request ids.
      const id = `print-${nextPrintId++}`;
      if (inputClosed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        pendingReplies.set(id, resolve);
        send(printRequest(id, content));
      });
    },
  };

  const answer = async (request: JsonRpcRequest): Promise<void> => {
    if (stopped) return;
    try {
      // JSON has no undefined: a response must carry a `result` member to count as one.
      send(successResponse(request.id, (await options.handle(request, context)) ?? null));
    } catch (error) {
      const failure = options.describeError(error);
      send(failureResponse(request.id, failure));
      if (failure.isPanic) {
        stopped = true;
        lines.close();
        options.onPanic?.();
      }
    }
  };

  lines.on("line", (line) => {
    if (line.trim() === "") return;
    const message = parseIncoming(line);
    if (message.type === "response") {
      pendingReplies.get(message.id)?.();
      pendingReplies.delete(message.id);
    } else if (message.type === "request") {
      queue = queue.then(() => answer(message.request));
    }
  });
  return new Promise((resolve) => {
    lines.once("close", () => {
      // Nobody is left to acknowledge a print: let the requests waiting on one finish.
      inputClosed = true;
      for (const resolvePrint of pendingReplies.values()) resolvePrint();
      pendingReplies.clear();
      void queue.then(resolve);
    });
  });
}
