import { createFileRoute } from "@tanstack/react-router";
import { redirectIfSignedIn, SignInPage, validateSignInSearch } from "../features/auth";

export const Route = createFileRoute("/sign-in")({
  validateSearch: validateSignInSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn({ context, target: search.redirect }),
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect } = Route.useSearch();
  return <SignInPage redirectTo={redirect} />;
}
