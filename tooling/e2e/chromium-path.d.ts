export declare function chromiumPath(env?: NodeJS.ProcessEnv): string | undefined;
