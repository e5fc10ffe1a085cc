import { AuthPageFrame, useSetSessionUser } from "@slotted/app-shell";
import { useState } from "react";
import { AuthLink } from "./auth-link.tsx";
import { focusPageHeading } from "./focus-page-heading.ts";
import { ResetPasswordForm } from "./reset-password-form.tsx";

type Stage = "form" | "changed" | "unusable";

/** Where the reset mail's link lands: a new password, or a way to ask for a fresh link. */
export function ResetPasswordPage({ token }: { token: string | undefined }) {
  const setSessionUser = useSetSessionUser();
  const [stage, setStage] = useState<Stage>(token ? "form" : "unusable");
  const moveTo = (next: Stage) => {
    setStage(next);
    focusPageHeading();
  };

  if (stage === "changed") {
    return (
      <AuthPageFrame
        title="Password changed"
        intro="Your password is changed; every device was signed out."
        footer={<p>Use your new password from now on.</p>}
      >
        <AuthLink to="/sign-in">Sign in with your new password</AuthLink>
      </AuthPageFrame>
    );
  }

  if (stage === "unusable" || !token) {
    return (
      <AuthPageFrame
        title="This link can't be used"
        intro="This link has expired or was already used. Reset links work once, for 30 minutes."
        footer={
          <p>
            Remembered it? <AuthLink to="/sign-in">Back to sign in</AuthLink>
          </p>
        }
      >
        <AuthLink to="/forgot-password">Ask for a new link</AuthLink>
      </AuthPageFrame>
    );
  }

  return (
    <AuthPageFrame
      title="Choose a new password"
      intro="Changing it signs you out on every device."
      footer={
        <p>
          Remembered it? <AuthLink to="/sign-in">Back to sign in</AuthLink>
        </p>
      }
    >
      <ResetPasswordForm
        token={token}
        onReset={() => {
          // Every session ended on the server, this browser's included.
          setSessionUser(null);
          moveTo("changed");
        }}
        onUnusableLink={() => moveTo("unusable")}
      />
    </AuthPageFrame>
  );
}
