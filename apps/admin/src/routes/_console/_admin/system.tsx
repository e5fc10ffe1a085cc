import { createFileRoute } from "@tanstack/react-router";
import { SystemPage } from "../../../features/system";

export const Route = createFileRoute("/_console/_admin/system")({
  component: SystemPage,
});
