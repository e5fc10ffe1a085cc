import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSession } from "@slotted/auth";
import { ensureBootstrapAdmin, ensureDemoAccounts, prepareAccounts } from "@slotted/core";
import { afterAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../helpers/api-process.ts";
import { startTestServer } from "../helpers/test-server.ts";
import { goodPassword, login } from "./auth-client.ts";

const dataRoot = mkdtempSync(path.join(tmpdir(), "slotted-accounts-"));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

/** Runs `src/main.ts` on embedded PGlite in `dataDir` until it listens. */
function runServer(dataDir: string, env: Record<string, string> = {}) {
  return startApiProcess({ PGLITE_DATA_DIR: dataDir, RATE_LIMIT_ENABLED: "false", ...env }, 90_000);
}

const demoLine = /^ {2}(ADMIN|STAFF|CUSTOMER)\s+(\S+@\S+)\s+(\S+)$/gm;

/** How many bookings the server holds, as its admin sees them. */
async function bookingTotal(url: string, admin: { email: string; password: string } | undefined): Promise<number> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: admin?.email, password: admin?.password }),
  });
  const { token } = (await res.json()) as { token: string };
  const list = await fetch(`${url}/api/v1/admin/bookings?perPage=1`, { headers: { authorization: `Bearer ${token}` } });
  return ((await list.json()) as { total: number }).total;
}

describe("demo accounts (embedded mode, `pnpm start` on an empty database)", () => {
  // Two cold starts of a real process: allow for a busy machine.
  it("are created once with random passwords printed once, work for sign-in, and come with sample bookings", { timeout: 240_000 }, async () => {
    const dataDir = path.join(dataRoot, "demo");
    const first = await runServer(dataDir);
    let credentials: { role: string; email: string; password: string }[];
    let seededBookings: number;
    try {
      credentials = [...first.output().stdout.matchAll(demoLine)].map(([, role = "", email = "", password = ""]) => ({ role, email, password }));
      expect(credentials.map((c) => c.role)).toEqual(["ADMIN", "STAFF", "CUSTOMER"]);
      for (const { email, password } of credentials) {
        expect(password.length).toBeGreaterThanOrEqual(20);
        const res = await fetch(`${first.url}/api/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password }),
        });
        expect(res.status, email).toBe(200);
      }
      // The passwords went to stdout once, as the notice, never into a JSON log line.
      const logLines = first.output().stdout.split("\n").filter((line) => line.startsWith("{"));
      expect(logLines.length).toBeGreaterThan(0);
      for (const { password } of credentials) expect(logLines.join("\n")).not.toContain(password);

      seededBookings = await bookingTotal(first.url, credentials.find((c) => c.role === "ADMIN"));
      expect(seededBookings).toBe(400);
      expect(first.output().stdout).toContain("seeded the empty embedded database with sample bookings");
      // The seeded accounts are for realism: their shared password is never printed.
      expect(first.output().stdout).not.toMatch(/share the password/);
    } finally {
      await first.stop();
    }

    const second = await runServer(dataDir);
    try {
      expect(second.output().stdout).not.toMatch(demoLine);
      expect(second.output().stdout).not.toContain("Demo accounts created");
      const admin = credentials.find((c) => c.role === "ADMIN");
      const res = await fetch(`${second.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: admin?.email, password: admin?.password }),
      });
      expect(res.status).toBe(200);
      expect(second.output().stdout).not.toContain("seeded the empty embedded database");
      expect(await bookingTotal(second.url, admin)).toBe(seededBookings);
    } finally {
      await second.stop();
    }
  });

  it("are never created in production", { timeout: 180_000 }, async () => {
    const run = await runServer(path.join(dataRoot, "production"), { NODE_ENV: "production", ALLOW_EMBEDDED: "true", MAIL_DISABLED: "true" });
    try {
      expect(run.output().stdout).not.toContain("Demo accounts created");
      expect(run.output().stdout).not.toContain("seeded the empty embedded database");
      const res = await fetch(`${run.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "demo-admin@slotted.example", password: "whatever-it-is" }),
      });
      expect(res.status).toBe(401);
    } finally {
      await run.stop();
    }
  });
});

describe("bootstrap admin (ADMIN_EMAIL + ADMIN_PASSWORD)", () => {
  it("creates that ADMIN at start when missing, once, skips demo accounts, and sweeps expired sessions", async () => {
    const server = await startTestServer({ env: { ADMIN_EMAIL: "Boss@Example.test", ADMIN_PASSWORD: goodPassword } });
    try {
      expect(await prepareAccounts(server.services)).toBeNull();
      const res = await login(server, "boss@example.test", goodPassword);
      expect(res.status).toBe(200);
      expect(res.body.user.role).toBe("ADMIN");
      expect(await ensureBootstrapAdmin(server.services)).toBe("exists");
      expect(await server.services.db.prisma.user.count()).toBe(1);
      const audit = await server.services.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: res.body.user.id } });
      expect(audit).toMatchObject({ action: "user.bootstrap_admin_created", actorId: null });

      const stale = await createSession(server.services.db.prisma, res.body.user.id, {}, new Date(Date.now() - 40 * 86_400_000));
      expect(await prepareAccounts(server.services)).toBeNull();
      expect(await server.services.db.prisma.session.count({ where: { id: stale.session.id } })).toBe(0);
      expect(await server.services.db.prisma.session.count({ where: { userId: res.body.user.id } })).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("never touches an existing account with that email, and refuses a common password", async () => {
    const server = await startTestServer({ env: { ADMIN_EMAIL: "taken@example.test", ADMIN_PASSWORD: goodPassword } });
    try {
      await server.services.db.prisma.user.create({ data: { email: "taken@example.test", name: "Customer", passwordHash: "x" } });
      expect(await ensureBootstrapAdmin(server.services)).toBe("exists");
      const user = await server.services.db.prisma.user.findUniqueOrThrow({ where: { email: "taken@example.test" } });
      expect(user).toMatchObject({ role: "CUSTOMER", passwordHash: "x" });
      // Demo accounts never appear on a database that has users (or when a bootstrap admin is configured).
      expect(await ensureDemoAccounts(server.services)).toBeNull();
    } finally {
      await server.close();
    }
    const weak = await startTestServer({ env: { ADMIN_EMAIL: "weak@example.test", ADMIN_PASSWORD: "password1234" } });
    try {
      await expect(ensureBootstrapAdmin(weak.services)).rejects.toThrow(/ADMIN_PASSWORD is one of the most common passwords/);
      expect(await weak.services.db.prisma.user.count()).toBe(0);
    } finally {
      await weak.close();
    }
  });
});
