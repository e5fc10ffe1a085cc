import { toUiError, useTRPCClient, type RouterOutputs } from "@slotted/client";
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterContext } from "./router-context.ts";

export type SessionUser = RouterOutputs["auth"]["me"];

/** One cache entry for "who is signed in": the user, or null when `auth.me` answers 401. */
export const sessionQueryKey = ["session"] as const;

export function sessionQueryOptions(trpcClient: RouterContext["trpcClient"]) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return await trpcClient.auth.me.query();
      } catch (error) {
        // Signed out is an answer, not a failure; anything else (offline, 5xx) stays an error.
        if (toUiError(error).status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export type SessionState =
  | { status: "loading"; user: null }
  | { status: "signed-in"; user: SessionUser }
  | { status: "signed-out"; user: null }
  | { status: "unknown"; user: null };

/** Who is signed in, for components (the header, prefilled forms). */
export function useSession(): SessionState {
  const trpcClient = useTRPCClient();
  const query = useQuery(sessionQueryOptions(trpcClient));
  if (query.data) return { status: "signed-in", user: query.data };
  if (query.data === null) return { status: "signed-out", user: null };
  if (query.isPending) return { status: "loading", user: null };
  return { status: "unknown", user: null };
}

/** Keeps the cached session in step after sign-in, sign-up and profile changes. */
export function useSetSessionUser(): (user: SessionUser | null) => void {
  const queryClient = useQueryClient();
  return (user) => queryClient.setQueryData(sessionQueryKey, user);
}
