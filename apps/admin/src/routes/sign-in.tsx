import { AuthPageFrame, redirectIfSignedIn, SignInForm, validateSignInSearch } from "@slotted/app-shell";
import { createFileRoute } from "@tanstack/react-router";
import { StandalonePage } from "../app/standalone-page.tsx";

export const Route = createFileRoute("/sign-in")({
  validateSearch: validateSignInSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn({ context, target: search.redirect, fallback: "/" }),
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect } = Route.useSearch();
  return (
    <StandalonePage>
      <AuthPageFrame
        title="Sign in to the console"
        intro="For the venue's staff and admins. Use the account your admin gave you."
        footer={
          <p>
            Booking a table? Use the <a href="/" className="font-medium text-brand-700 underline underline-offset-4">Slotted app</a>.
          </p>
        }
      >
        <SignInForm redirectTo={redirect} defaultTarget="/" />
      </AuthPageFrame>
    </StandalonePage>
  );
}
