import { createFileRoute } from "@tanstack/react-router";
import { ResetPasswordPage, validateAccountTokenSearch } from "../features/auth";

export const Route = createFileRoute("/reset-password")({
  validateSearch: validateAccountTokenSearch,
  component: ResetPasswordRoute,
});

function ResetPasswordRoute() {
  const { token } = Route.useSearch();
  return <ResetPasswordPage token={token} />;
}
