// The native engine's command line, as Prisma's CLI invokes it.
import type { DatasourceParam } from "./adapters/from-datasource.ts";

export const ONE_SHOT_COMMANDS = ["can-connect-to-database", "create-database", "drop-database"] as const;
export type OneShotCommand = (typeof ONE_SHOT_COMMANDS)[number];

export interface CliArgs {
  version: boolean;
  /** Schema file paths, in the order given (`--datamodels` repeats). */
  datamodels: string[];
  datasource: DatasourceParam;
  /** Set for `cli <command>`: run it and exit instead of serving JSON-RPC. */
  command: OneShotCommand | undefined;
}

/** Options that take a value we do not need (the Wasm engine reads preview features from the schema). */
const IGNORED_WITH_VALUE = new Set(["--enabled-preview-features", "--extension-types", "--log-format"]);

function isOneShotCommand(value: string | undefined): value is OneShotCommand {
  return ONE_SHOT_COMMANDS.some((command) => command === value);
}

export function parseDatasource(json: string): DatasourceParam {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error("--datasource is not valid JSON");
  }
  if (typeof value !== "object" || value === null) throw new Error("--datasource must be a JSON object");
  const { url, shadowDatabaseUrl } = value as Record<string, unknown>;
  return {
    url: typeof url === "string" && url !== "" ? url : undefined,
    shadowDatabaseUrl: typeof shadowDatabaseUrl === "string" && shadowDatabaseUrl !== "" ? shadowDatabaseUrl : undefined,
  };
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { version: false, datamodels: [], datasource: {}, command: undefined };
  for (let index = 0; index < argv.length; index++) {
    const raw = argv[index] ?? "";
    const equals = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const flag = equals === -1 ? raw : raw.slice(0, equals);
    const takeValue = (): string => {
      if (equals !== -1) return raw.slice(equals + 1);
      const value = argv[++index];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      return value;
    };
    if (flag === "--version" || flag === "-V") args.version = true;
    else if (flag === "--datamodels" || flag === "--datamodel") args.datamodels.push(takeValue());
    else if (flag === "--datasource") args.datasource = parseDatasource(takeValue());
    else if (IGNORED_WITH_VALUE.has(flag)) takeValue();
    else if (flag === "cli") {
      const command = argv[++index];
      if (!isOneShotCommand(command)) throw new Error(`Unknown cli command: ${command ?? "(none)"}`);
      args.command = command;
    } else throw new Error(`Unknown argument: ${raw}`);
  }
  return args;
}
