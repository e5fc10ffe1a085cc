export { AuditPage } from "./audit-page.tsx";
export { validateAuditSearch, type AuditSearch } from "./audit-search.ts";
