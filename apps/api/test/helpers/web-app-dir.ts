import path from "node:path";

/**
 * Web app directories that never exist, so tests do not depend on whether the real apps have
 * been built: unknown paths answer the JSON 404. Tests of the static serving pass their own.
 */
export const unbuiltWebApps = {
  CUSTOMER_APP_DIR: path.join(import.meta.dirname, "no-customer-app-build"),
  ADMIN_APP_DIR: path.join(import.meta.dirname, "no-admin-app-build"),
};
