import { Link } from "@tanstack/react-router";
import { AuthPageFrame } from "@slotted/app-shell";
import { SignUpForm } from "./sign-up-form.tsx";

export function SignUpPage({ redirectTo }: { redirectTo: string | undefined }) {
  return (
    <AuthPageFrame
      title="Create your account"
      intro="It takes a few seconds, and you'll go straight on to book."
      footer={
        <p>
          Already have an account?{" "}
          <Link to="/sign-in" search={{ redirect: redirectTo }} className="font-medium text-brand-700 underline underline-offset-4">
            Sign in
          </Link>
        </p>
      }
    >
      <SignUpForm redirectTo={redirectTo} />
    </AuthPageFrame>
  );
}
