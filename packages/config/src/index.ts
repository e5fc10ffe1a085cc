export type { Config, Environment, TrustProxy } from "./config.ts";
export { loadConfig, buildConfig, ConfigError, configVariableNames, type ConfigProblem } from "./load-config.ts";
