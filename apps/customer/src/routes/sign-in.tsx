import { createFileRoute } from "@tanstack/react-router";
import { redirectIfSignedIn, validateSignInSearch } from "@slotted/app-shell";
import { SignInPage } from "../features/auth";

export const Route = createFileRoute("/sign-in")({
  validateSearch: validateSignInSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn({ context, target: search.redirect, fallback: "/bookings" }),
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect } = Route.useSearch();
  return <SignInPage redirectTo={redirect} />;
}
