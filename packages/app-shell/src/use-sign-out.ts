import { useTRPC } from "@slotted/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { sessionQueryKey } from "./session.ts";

/**
 * Signs out of this session, forgets everything cached for the account, and goes home. The
 * caller shows `error` (with its request ID) if the server could not be told.
 */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();

  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        queryClient.setQueryData(sessionQueryKey, null);
        await router.navigate({ to: "/" });
      },
    }),
  );
}
