import { createFileRoute } from "@tanstack/react-router";
import { requireSession } from "@slotted/app-shell";
import { SignedInLayout } from "../features/auth";

/** Every page below needs a signed-in customer; others are sent to sign in and brought back. */
export const Route = createFileRoute("/_authed")({
  beforeLoad: requireSession,
  component: SignedInLayout,
});
