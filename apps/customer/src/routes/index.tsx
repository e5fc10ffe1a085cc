import { createFileRoute } from "@tanstack/react-router";
import { LandingPage } from "../features/booking";

export const Route = createFileRoute("/")({
  component: LandingPage,
});
