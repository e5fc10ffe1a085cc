import { redirect, type ParsedLocation } from "@tanstack/react-router";
import type { RouterContext } from "./router-context.ts";
import { sessionQueryOptions, type SessionUser } from "./session.ts";

/**
 * `beforeLoad` for signed-in pages: answers the user, or sends the visitor to sign in and
 * brings them back to where they were going afterwards.
 */
export async function requireSession({
  context,
  location,
}: {
  context: RouterContext;
  location: ParsedLocation;
}): Promise<{ user: SessionUser }> {
  const user = await context.queryClient.query(sessionQueryOptions(context.trpcClient));
  if (!user) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect protocol
    throw redirect({ to: "/sign-in", search: { redirect: location.href } });
  }
  return { user };
}

/** `beforeLoad` for the sign-in and sign-up pages: someone already signed in goes on. */
export async function redirectIfSignedIn({
  context,
  target,
  fallback,
}: {
  context: RouterContext;
  target: string | undefined;
  /** The app's first page for a signed-in user, when there is no `target`. */
  fallback: string;
}): Promise<void> {
  // Asks the server afresh: a cached "signed in" may be a session that has since ended.
  const user = await context.queryClient.query({ ...sessionQueryOptions(context.trpcClient), staleTime: 0 }).catch(() => null);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect protocol
  if (user) throw redirect({ href: target ?? fallback });
}
