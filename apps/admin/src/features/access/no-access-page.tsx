import { AuthPageFrame, ErrorNotice, useSession, useSignOut } from "@slotted/app-shell";
import { Button } from "@slotted/ui";

/** Where a customer account lands after signing in here: why, and the two ways on. */
export function NoAccessPage() {
  const session = useSession();
  const signOut = useSignOut();
  const email = session.user?.email;
  return (
    <AuthPageFrame
      title="No access to the console"
      intro="The console is for the venue's staff and admins."
      footer={<p>If you work at the venue, ask an admin to give your account the STAFF role, then sign in again.</p>}
    >
      <div className="flex flex-col gap-4">
        <p>
          {email ? (
            <>
              You're signed in as <strong>{email}</strong>, a customer account.
            </>
          ) : (
            "You're signed in with a customer account."
          )}{" "}
          You can still book and manage your own bookings in the Slotted app.
        </p>
        {signOut.error ? <ErrorNotice error={signOut.error} title="We couldn't sign you out" onRetry={() => signOut.mutate()} /> : null}
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button asChild>
            <a href="/">Go to the Slotted app</a>
          </Button>
          <Button variant="secondary" loading={signOut.isPending} onClick={() => signOut.mutate()}>
            Sign in with another account
          </Button>
        </div>
      </div>
    </AuthPageFrame>
  );
}
