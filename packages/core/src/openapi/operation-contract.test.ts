import { describe, expect, it } from "vitest";
import { procedureCatalog, type ProcedureEntry } from "../procedure-catalog.ts";
import { operationContract } from "./operation-contract.ts";

function entry(path: string): ProcedureEntry {
  const found = procedureCatalog.get(path);
  if (!found) throw new Error(`no procedure ${path}`);
  return found;
}

function contractOf(path: string) {
  const procedure = entry(path);
  const route = procedure.meta?.openapi;
  if (!route) throw new Error(`${path} has no REST route`);
  return operationContract(procedure, { method: route.method, path: route.path, hasInput: true });
}

describe("operationContract", () => {
  it("takes access from the procedure builders", () => {
    expect(entry("bookings.create").meta?.access).toBe("signedIn");
    expect(entry("bookings.adminList").meta).toMatchObject({ access: "permission", permission: "bookings:read-all" });
    expect(entry("users.update").meta).toMatchObject({ access: "permission", permission: "users:write" });
    expect(entry("auth.login").meta?.access).toBe("public");
  });

  it("documents a create's 201, its replay's 200, its conflicts and a body's statuses", () => {
    const create = contractOf("bookings.create");
    expect(create.successStatuses).toEqual([200, 201]);
    expect(create.errorStatuses).toEqual([400, 401, 403, 409, 413, 415, 429, 500, 503, 504]);
    expect(create.security).toBe("required");
    expect(contractOf("auth.register").successStatuses).toEqual([201]);
  });

  it("gives staff queries 403 and by-ID paths 404, but no body statuses", () => {
    const byId = contractOf("bookings.adminById");
    expect(byId.errorStatuses).toEqual([400, 401, 403, 404, 413, 429, 500, 503, 504]);
    // A customer's own reads need a session, and no role or origin check can refuse them.
    expect(contractOf("bookings.list").errorStatuses).not.toContain(403);
  });

  it("makes public operations explicit, and sign-out's session optional", () => {
    const login = contractOf("auth.login");
    expect(login.security).toBe("none");
    expect(login.errorStatuses).toContain(401);
    expect(contractOf("auth.logout").security).toBe("optional");
  });

  it("leaves liveness unlimited and free of database failures", () => {
    const live = operationContract(entry("health.live"), { method: "GET", path: "/health/live", hasInput: false });
    expect(live).toMatchObject({ rateLimited: false, errorStatuses: [413, 500], successStatuses: [200] });
  });
});
