import path from "node:path";

/**
 * A customer app directory that never exists, so tests do not depend on whether the real app has
 * been built: unknown paths answer the JSON 404. Tests of the static serving pass their own.
 */
export const unbuiltCustomerAppDir = path.join(import.meta.dirname, "no-customer-app-build");
