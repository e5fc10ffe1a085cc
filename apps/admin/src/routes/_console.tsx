import { createFileRoute } from "@tanstack/react-router";
import { ConsoleLayout } from "../app/console-layout.tsx";
import { requireStaff } from "../features/access";

/** Every console page needs a STAFF or ADMIN session; visitors sign in, customers are told why not. */
export const Route = createFileRoute("/_console")({
  beforeLoad: requireStaff,
  component: ConsoleLayout,
});
