import type { ViteUserConfig } from "vitest/config";

export declare function serverTestConfig(overrides?: ViteUserConfig["test"]): ViteUserConfig;
export declare function browserTestConfig(overrides?: ViteUserConfig["test"]): ViteUserConfig;
