import { createFileRoute } from "@tanstack/react-router";
import { StandalonePage } from "../app/standalone-page.tsx";
import { NoAccessPage } from "../features/access";

export const Route = createFileRoute("/no-access")({
  component: NoAccessRoute,
});

function NoAccessRoute() {
  return (
    <StandalonePage>
      <NoAccessPage />
    </StandalonePage>
  );
}
