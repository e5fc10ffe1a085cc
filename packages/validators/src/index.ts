export { paginationInput, paginated, sortOrder, type PaginationInput, type Paginated } from "./pagination.ts";
export { sanitizeText, freeText, personName, emailAddress } from "./text.ts";
