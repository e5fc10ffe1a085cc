export { MissingPermissionPage } from "./missing-permission-page.tsx";
export { NoAccessPage } from "./no-access-page.tsx";
export { consoleSections, permissionPurpose, sectionOfPath, sectionsFor, type ConsoleSection } from "./console-sections.ts";
export { isStaff, requireStaff, type StaffRole, type StaffUser } from "./staff-session.ts";
