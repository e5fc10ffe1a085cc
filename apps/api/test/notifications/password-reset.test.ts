import { sessionIdFromToken } from "@slotted/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodPassword, login, type ErrorBodyShape } from "../auth/auth-client.ts";
import { createAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startNotificationServer, type NotificationServer } from "./notification-server.ts";
import { queuedJobs } from "./queued-jobs.ts";
import { waitFor } from "./wait-for.ts";

let ctx: NotificationServer;
const api = (path: string) => `${ctx.server.url}/api/v1${path}`;

beforeAll(async () => {
  ctx = await startNotificationServer();
});
afterAll(() => ctx.close());

const requestReset = (email: string) => requestJson(api("/auth/password-reset"), { method: "POST", body: { email } });
const completeReset = (token: string, newPassword: string) =>
  requestJson<ErrorBodyShape>(api("/auth/password-reset/complete"), { method: "POST", body: { token, newPassword } });

/** Requests a reset for `email` and returns the token from the link in the mail that arrives. */
async function mailedResetToken(email: string): Promise<string> {
  const before = ctx.smtp.received.length;
  expect((await requestReset(email)).status).toBe(200);
  const mail = await waitFor("the reset mail", () => ctx.smtp.received.slice(before).find((m) => m.to === email));
  expect(mail.subject).toContain("Reset your password");
  const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token).toBeDefined();
  return token!;
}

describe("password reset by mail", () => {
  it("answers an unknown address exactly as a known one, and mails only the known one", async () => {
    const account = await createAccount(ctx.server);
    const unknown = "nobody-here@example.test";
    const known = await requestReset(account.user.email);
    const stranger = await requestReset(unknown);
    expect(stranger.status).toBe(known.status);
    expect(stranger.body).toEqual(known.body);
    expect(known.body).toEqual({ accepted: true });

    await waitFor("both reset jobs to finish", async () => {
      const jobs = await queuedJobs(ctx.server, "password-reset-mail");
      return jobs.length === 2 && jobs.every((job) => job.state === "completed");
    });
    expect(ctx.smtp.received.filter((m) => m.to === account.user.email)).toHaveLength(1);
    expect(ctx.smtp.received.filter((m) => m.to === unknown)).toEqual([]);
  });

  it("mails a link that works once, ends every session, and stores only the token's hash", async () => {
    const account = await createAccount(ctx.server);
    expect((await requestJson(api("/auth/me"), { headers: account.headers })).status).toBe(200);
    const token = await mailedResetToken(account.user.email);

    const rows = await ctx.server.services.db.prisma.accountToken.findMany({ where: { userId: account.user.id } });
    expect(rows.map((row) => row.tokenHash)).toContain(sessionIdFromToken(token));
    expect(rows.some((row) => row.tokenHash === token || row.tokenHash.includes(token))).toBe(false);

    const newPassword = `${goodPassword}-renewed`;
    expect((await completeReset(token, newPassword)).status).toBe(200);
    expect((await requestJson(api("/auth/me"), { headers: account.headers })).status).toBe(401);
    expect((await login(ctx.server, account.user.email, newPassword)).status).toBe(200);

    const again = await completeReset(token, `${goodPassword}-third`);
    expect(again.status).toBe(400);
    expect(again.body.issues?.map((issue) => issue.path)).toEqual(["token"]);
    expect((await login(ctx.server, account.user.email, newPassword)).status).toBe(200);
  });

  it("refuses a link past its expiry", async () => {
    const account = await createAccount(ctx.server);
    const token = await mailedResetToken(account.user.email);
    await ctx.server.services.db.prisma.$executeRawUnsafe(
      `UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
      sessionIdFromToken(token),
    );
    const expired = await completeReset(token, `${goodPassword}-late`);
    expect(expired.status).toBe(400);
    expect(expired.body.issues?.map((issue) => issue.path)).toEqual(["token"]);
    expect((await requestJson(api("/auth/me"), { headers: account.headers })).status).toBe(200);
  });
});
