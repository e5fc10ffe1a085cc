import type { ViteUserConfig } from "vitest/config";

export declare function e2eTestConfig(): ViteUserConfig;
