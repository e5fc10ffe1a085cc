// Every procedure's guard, checked against the permission table by calling it: a procedure added
// without a guard, or with one that does not match the table, fails here before it can ship.
import { getTRPCErrorFromUnknown } from "@trpc/server";
import { permissions, roles, rolePermissions, type Permission, type RoleName } from "@slotted/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestAccount, type TestApp } from "../test/test-app.ts";
import { procedureCatalog } from "./procedure-catalog.ts";

/** Open to anyone: sign-up, sign-in and sign-out, account links from mail, the venue's public facts, health. */
const publicProcedures = new Set([
  "auth.register",
  "auth.login",
  "auth.logout",
  "auth.requestPasswordReset",
  "auth.resetPassword",
  "auth.verifyEmail",
  "bookings.venue",
  "health.live",
  "health.ready",
]);

/** Any signed-in user, acting on their own account and bookings only (the handlers scope every query to the caller). */
const ownDataProcedures = new Set([
  "auth.me",
  "auth.logoutAll",
  "auth.sessions",
  "auth.revokeSession",
  "auth.changePassword",
  "auth.updateProfile",
  "auth.resendVerification",
  "auth.exportData",
  "auth.deleteAccount",
  "bookings.availability",
  "bookings.create",
  "bookings.list",
  "bookings.byId",
  "bookings.update",
  "bookings.reschedule",
  "bookings.cancel",
  "bookings.rate",
]);

type Call = (input: unknown) => Promise<unknown>;

/** The procedure at a dotted path on a caller (the caller is a proxy: any path resolves to a function). */
function procedureAt(caller: object, path: string): Call {
  const target = path.split(".").reduce<unknown>((node, key) => Reflect.get(node as object, key), caller);
  if (typeof target !== "function") throw new Error(`no procedure at ${path}`);
  return target as Call;
}

/** The tRPC error code a call ends with, or "OK". Input is deliberately missing: guards run before validation. */
async function outcome(app: TestApp, account: TestAccount | undefined, path: string): Promise<string> {
  try {
    await procedureAt(app.caller(account), path)(undefined);
    return "OK";
  } catch (error) {
    return getTRPCErrorFromUnknown(error).code;
  }
}

const entries = [...procedureCatalog.values()];

describe("the permission table", () => {
  it("gives ADMIN every permission, and every permission to some role", () => {
    expect([...rolePermissions.ADMIN].sort()).toEqual([...permissions].sort());
    expect(rolePermissions.CUSTOMER).toEqual([]);
    for (const permission of permissions) expect(roles.some((role) => rolePermissions[role].includes(permission))).toBe(true);
  });
});

describe("every procedure's guard", () => {
  it("is declared: public and own-data procedures are listed here, every other one names a known permission", () => {
    for (const { path, meta } of entries) {
      const access = meta?.access;
      if (access === "public") expect(publicProcedures, `${path} is public but not listed as such`).toContain(path);
      else if (access === "signedIn") expect(ownDataProcedures, `${path} is open to every signed-in user but not listed as own-data`).toContain(path);
      else {
        expect(access, `${path} has no guard`).toBe("permission");
        expect(permissions, `${path} names an unknown permission`).toContain(meta?.permission);
      }
    }
    // The lists name only procedures that exist with that guard.
    for (const path of publicProcedures) expect(procedureCatalog.get(path)?.meta?.access, path).toBe("public");
    for (const path of ownDataProcedures) expect(procedureCatalog.get(path)?.meta?.access, path).toBe("signedIn");
  });

  describe("holds when called", () => {
    let app: TestApp;
    const accounts = new Map<RoleName, TestAccount>();
    beforeAll(async () => {
      app = await startTestApp();
      for (const role of roles) accounts.set(role, await app.account({ role }));
    }, 60_000);
    afterAll(() => app.close());

    it("refuses anonymous callers everywhere but the public procedures", async () => {
      for (const { path } of entries) {
        if (publicProcedures.has(path)) continue;
        expect(await outcome(app, undefined, path), path).toBe("UNAUTHORIZED");
      }
    });

    it("lets each role through exactly the procedures its permissions allow", async () => {
      for (const { path, meta } of entries) {
        if (meta?.access !== "permission" || !meta.permission) continue;
        const permission: Permission = meta.permission;
        for (const role of roles) {
          const result = await outcome(app, accounts.get(role), path);
          if (rolePermissions[role].includes(permission)) expect(result, `${role} on ${path}`).not.toMatch(/^(FORBIDDEN|UNAUTHORIZED)$/);
          else expect(result, `${role} on ${path}`).toBe("FORBIDDEN");
        }
      }
    });
  });
});
