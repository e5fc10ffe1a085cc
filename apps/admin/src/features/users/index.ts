export { UsersPage } from "./users-page.tsx";
export { validateUsersSearch, type UsersSearch } from "./users-search.ts";
export { BulkCreatePage } from "./bulk-create-page.lazy.tsx";
