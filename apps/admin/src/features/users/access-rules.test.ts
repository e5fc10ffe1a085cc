import { describe, expect, it } from "vitest";
import { accessRules } from "./access-rules.ts";

const viewer = { id: "viewer" };
const account = (overrides: Partial<Parameters<typeof accessRules>[1]> = {}) => ({ id: "other", name: "Alan", role: "ADMIN" as const, isActive: true, deletedAt: null, ...overrides });

describe("which access changes the console offers (mirroring users.update)", () => {
  it("offers role and activation changes on another admin while another active admin remains", () => {
    expect(accessRules(viewer, account(), 2)).toEqual({ canChangeRole: true, canChangeActivation: true, pending: false, reasons: [] });
  });

  it("never offers them on your own account", () => {
    const rules = accessRules(viewer, account({ id: "viewer" }), 3);
    expect(rules).toMatchObject({ canChangeRole: false, canChangeActivation: false });
    expect(rules.reasons).toEqual([expect.stringContaining("your own role")]);
  });

  it("keeps the last active admin, and says so for yourself too", () => {
    expect(accessRules(viewer, account(), 1)).toMatchObject({ canChangeRole: false, canChangeActivation: false, reasons: [expect.stringContaining("Alan is the only active admin")] });
    expect(accessRules(viewer, account({ id: "viewer" }), 1).reasons).toEqual([expect.stringContaining("your own role"), expect.stringContaining("You are the only active admin")]);
  });

  it("waits for the admin count before offering anything that could remove an admin", () => {
    expect(accessRules(viewer, account(), undefined)).toMatchObject({ canChangeRole: false, pending: true, reasons: [] });
    // Customers, staff and deactivated admins never count toward the last admin.
    expect(accessRules(viewer, account({ role: "STAFF" }), undefined)).toMatchObject({ canChangeRole: true, pending: false });
    expect(accessRules(viewer, account({ isActive: false }), 1)).toMatchObject({ canChangeActivation: true, pending: false });
  });

  it("offers nothing on an account its owner deleted, and says why", () => {
    const rules = accessRules(viewer, account({ role: "CUSTOMER", isActive: false, deletedAt: new Date("2026-11-01T10:00:00Z") }), 2);
    expect(rules).toMatchObject({ canChangeRole: false, canChangeActivation: false, pending: false, reasons: [expect.stringContaining("Its owner deleted this account")] });
  });
});
