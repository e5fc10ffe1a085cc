import { createFileRoute } from "@tanstack/react-router";
import { redirectIfSignedIn, validateSignInSearch } from "@slotted/app-shell";
import { SignUpPage } from "../features/auth";

export const Route = createFileRoute("/sign-up")({
  validateSearch: validateSignInSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn({ context, target: search.redirect, fallback: "/bookings" }),
  component: SignUpRoute,
});

function SignUpRoute() {
  const { redirect } = Route.useSearch();
  return <SignUpPage redirectTo={redirect} />;
}
