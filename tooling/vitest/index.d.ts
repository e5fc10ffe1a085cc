import type { ViteUserConfig } from "vitest/config";

export declare function serverTestConfig(overrides?: ViteUserConfig["test"]): ViteUserConfig;
