import { createFileRoute } from "@tanstack/react-router";
import { redirectIfSignedIn, SignUpPage, validateSignInSearch } from "../features/auth";

export const Route = createFileRoute("/sign-up")({
  validateSearch: validateSignInSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn({ context, target: search.redirect }),
  component: SignUpRoute,
});

function SignUpRoute() {
  const { redirect } = Route.useSearch();
  return <SignUpPage redirectTo={redirect} />;
}
