import { describe, expect, it } from "vitest";
import { parseArgs } from "../src/args.ts";
import { failureResponse, logLine, parseIncoming } from "../src/protocol.ts";

describe("command line", () => {
  it("reads repeated --datamodels, the datasource and ignorable options", () => {
    const args = parseArgs([
      "--datamodels",
      "/p/a.prisma",
      "--datamodels=/p/b.prisma",
      "--datasource",
      JSON.stringify({ url: "postgresql://x/db", shadowDatabaseUrl: "postgresql://x/shadow" }),
      "--enabled-preview-features",
      "views",
      "--extension-types",
      "{}",
    ]);
    expect(args).toEqual({
      version: false,
      datamodels: ["/p/a.prisma", "/p/b.prisma"],
      datasource: { url: "postgresql://x/db", shadowDatabaseUrl: "postgresql://x/shadow" },
      command: undefined,
    });
  });

  it("recognises the one-shot form and --version", () => {
    expect(parseArgs(["--datasource", '{"url":"postgresql://x/db"}', "cli", "create-database"]).command).toBe("create-database");
    expect(parseArgs(["--version"]).version).toBe(true);
    expect(() => parseArgs(["cli", "launch-rockets"])).toThrow(/Unknown cli command/);
  });
});

describe("wire format", () => {
  it("answers errors the way the CLI reads them", () => {
    expect(failureResponse(7, { message: "boom", errorCode: "P1001", isPanic: false })).toEqual({
      jsonrpc: "2.0",
      id: 7,
      error: {
        code: 4466,
        message: "An error happened. Check the data field for details.",
        data: { is_panic: false, message: "boom", meta: null, error_code: "P1001" },
      },
    });
  });

  it("tells requests from replies to our print requests", () => {
    expect(parseIncoming('{"jsonrpc":"2.0","id":1,"method":"diff","params":{}}')).toMatchObject({ type: "request" });
    expect(parseIncoming('{"jsonrpc":"2.0","id":"print-0","result":{}}')).toEqual({ type: "response", id: "print-0", result: {}, error: undefined });
    expect(parseIncoming("nonsense")).toMatchObject({ type: "invalid" });
  });

  it("writes log lines with the target the CLI looks for", () => {
    expect(JSON.parse(logLine("ERROR", "nope", "P1003"))).toMatchObject({
      level: "ERROR",
      target: "schema_engine::logger",
      fields: { message: "nope", error_code: "P1003" },
    });
  });
});
