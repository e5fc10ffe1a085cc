export { AccountPage } from "./account-page.tsx";
export { AccountDeletedPage } from "./account-deleted-page.tsx";
export { validateAccountDeletedSearch, type AccountDeletedSearch } from "./account-deleted-search.ts";
