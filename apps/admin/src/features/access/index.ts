export { AdminOnlyPage } from "./admin-only-page.tsx";
export { NoAccessPage } from "./no-access-page.tsx";
export { isStaff, requireStaff, type StaffRole, type StaffUser } from "./staff-session.ts";
