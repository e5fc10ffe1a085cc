import { createFileRoute } from "@tanstack/react-router";
import { BookPage, validateBookSearch } from "../../features/booking";

export const Route = createFileRoute("/_authed/book/")({
  validateSearch: validateBookSearch,
  component: BookRoute,
});

function BookRoute() {
  return <BookPage search={Route.useSearch()} />;
}
