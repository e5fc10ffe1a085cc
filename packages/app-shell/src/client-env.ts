import { z } from "zod";

/**
 * The app's build-time configuration (`VITE_*`). Parsed by vite.config.ts, so a bad value fails
 * the build with a message instead of shipping an app that cannot reach its API.
 */
export const clientEnvSchema = z.object({
  /** Where the tRPC endpoint lives: a same-origin path (the default) or an absolute http(s) URL. */
  VITE_API_URL: z
    .string()
    .trim()
    .refine((value) => value.startsWith("/") || /^https?:\/\/[^\s/]+/.test(value), {
      error: 'must be a path starting with "/" or an absolute http(s) URL',
    })
    .default("/trpc"),
});
export type ClientEnv = z.infer<typeof clientEnvSchema>;

/** Parses the environment or throws one error listing every bad variable; `app` names the app in it. */
export function parseClientEnv(env: Record<string, string | undefined>, app: string): ClientEnv {
  const result = clientEnvSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
  throw new Error(`Invalid client configuration (${app}):\n${problems}`);
}
