import { createFileRoute } from "@tanstack/react-router";
import { validateAccountTokenSearch, VerifyEmailPage } from "../features/auth";

export const Route = createFileRoute("/verify-email")({
  validateSearch: validateAccountTokenSearch,
  component: VerifyEmailRoute,
});

function VerifyEmailRoute() {
  const { token } = Route.useSearch();
  return <VerifyEmailPage token={token} />;
}
