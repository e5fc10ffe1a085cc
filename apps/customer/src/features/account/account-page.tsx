import { type ReactNode, useId } from "react";
import { PageHeading, useSession } from "@slotted/app-shell";
import { ChangePasswordForm } from "./change-password-form.tsx";
import { DeleteAccountSection } from "./delete-account-section.tsx";
import { DownloadDataButton } from "./download-data-button.tsx";
import { ProfileForm } from "./profile-form.tsx";
import { SessionsPanel } from "./sessions-panel.tsx";
import { VerifyEmailNotice } from "../auth";

function AccountSection({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-card border border-border bg-surface p-5 shadow-sm sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold text-foreground">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {children}
    </section>
  );
}

export function AccountPage() {
  const session = useSession();
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Your account" />
      {session.user && session.user.emailVerifiedAt === null ? <VerifyEmailNotice email={session.user.email} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <AccountSection title="Profile" description="The name new bookings use unless you change it there.">
          {session.user ? <ProfileForm user={session.user} /> : null}
        </AccountSection>
        <AccountSection title="Password" description="Changing it signs you out everywhere else.">
          {session.user ? <ChangePasswordForm email={session.user.email} /> : null}
        </AccountSection>
      </div>
      <AccountSection title="Where you're signed in" description="Sign out of a device you no longer use, or of everything but this one.">
        <SessionsPanel />
      </AccountSection>
      <AccountSection title="Your data" description="A copy of everything we hold about you: profile, bookings, sign-ins and feedback, as a JSON file.">
        <DownloadDataButton />
      </AccountSection>
      <AccountSection title="Delete your account" description="Removes your account for good. Here is what happens:">
        {session.user ? <DeleteAccountSection email={session.user.email} /> : null}
      </AccountSection>
    </div>
  );
}
