import { useSession } from "@slotted/app-shell";
import { Outlet, useRouterState } from "@tanstack/react-router";
import { useJustSignedUp } from "./just-signed-up.ts";
import { VerifyEmailNotice } from "./verify-email-notice.tsx";

/** The signed-in pages; right after sign-up they start with the confirm-your-email notice (the account page has its own). */
export function SignedInLayout() {
  const session = useSession();
  const justSignedUp = useJustSignedUp();
  const onAccountPage = useRouterState({ select: (state) => state.location.pathname === "/account" });
  const unverified = session.user !== null && session.user.emailVerifiedAt === null;
  return (
    <>
      {justSignedUp && unverified && !onAccountPage ? (
        <div className="mb-6">
          <VerifyEmailNotice email={session.user.email} />
        </div>
      ) : null}
      <Outlet />
    </>
  );
}
