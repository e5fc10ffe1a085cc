import { Link } from "@tanstack/react-router";
import { AuthPageFrame, SignInForm } from "@slotted/app-shell";

export function SignInPage({ redirectTo }: { redirectTo: string | undefined }) {
  return (
    <AuthPageFrame
      title="Sign in"
      intro={redirectTo ? "Sign in to carry on where you were." : "Welcome back. Sign in to book a table or manage your bookings."}
      footer={
        <p>
          New to Slotted?{" "}
          <Link to="/sign-up" search={{ redirect: redirectTo }} className="font-medium text-brand-700 underline underline-offset-4">
            Create an account
          </Link>
        </p>
      }
    >
      <div className="flex flex-col gap-4">
        <SignInForm redirectTo={redirectTo} defaultTarget="/bookings" />
        <p className="text-sm">
          <Link to="/forgot-password" className="font-medium text-brand-700 underline underline-offset-4">
            Forgot your password?
          </Link>
        </p>
      </div>
    </AuthPageFrame>
  );
}
