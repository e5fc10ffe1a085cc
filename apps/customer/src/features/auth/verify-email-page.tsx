import { AuthPageFrame, ErrorNotice, sessionQueryKey, useSession, type SessionUser } from "@slotted/app-shell";
import { toUiError, useTRPC } from "@slotted/client";
import { Spinner } from "@slotted/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { AuthLink } from "./auth-link.tsx";
import { focusPageHeading } from "./focus-page-heading.ts";

/** Where the verification mail's link lands: the token is spent on arrival, signed in or not. */
export function VerifyEmailPage({ token }: { token: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useSession();
  const verify = useMutation(
    trpc.auth.verifyEmail.mutationOptions({
      onSuccess: ({ emailVerifiedAt }) => {
        // Whoever is signed in here most likely followed their own link; the next auth.me says for sure.
        queryClient.setQueryData<SessionUser | null>(sessionQueryKey, (user) => (user ? { ...user, emailVerifiedAt } : user));
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
        focusPageHeading();
      },
      onError: focusPageHeading,
    }),
  );

  // Once per page view: the token is single-use, so a second call (strict mode, a re-render) would fail it.
  const sent = useRef(false);
  const { mutate } = verify;
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    mutate({ token });
  }, [mutate, token]);

  const next = session.user ? <AuthLink to="/bookings">Go to my bookings</AuthLink> : <AuthLink to="/sign-in">Sign in</AuthLink>;

  if (verify.isSuccess) {
    return (
      <AuthPageFrame title="Email confirmed" intro="Thank you: your email address is confirmed." footer={null}>
        {next}
      </AuthPageFrame>
    );
  }

  const failure = verify.error ? toUiError(verify.error) : null;
  if (!token || (failure && "token" in failure.fieldErrors)) {
    return (
      <AuthPageFrame
        title="This link can't be used"
        intro="This link has expired or was already used."
        footer={<p>Your email may already be confirmed: your account page says so.</p>}
      >
        <p className="text-sm">
          {session.user ? (
            <>
              Ask for a new link from <AuthLink to="/account">your account page</AuthLink>.
            </>
          ) : (
            <>
              <AuthLink to="/sign-in">Sign in</AuthLink> and ask for a new link from your account page.
            </>
          )}
        </p>
      </AuthPageFrame>
    );
  }

  if (verify.error) {
    return (
      <AuthPageFrame title="We couldn't confirm your email" intro="Something went wrong on the way. The link may still work." footer={null}>
        <ErrorNotice error={verify.error} title="Your email was not confirmed" onRetry={() => mutate({ token })} />
      </AuthPageFrame>
    );
  }

  return (
    <AuthPageFrame title="Confirming your email" intro="This takes a moment." footer={null}>
      <p role="status" className="flex items-center gap-2 text-sm">
        <Spinner /> Confirming your email address…
      </p>
    </AuthPageFrame>
  );
}
