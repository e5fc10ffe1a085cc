import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { requestJson, type JsonResponse } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bearer, login, registerAccount, trpcClient, uniqueEmail } from "./auth-client.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("secrets never leave the server", () => {
  it("a planted password, its hash and session tokens appear in no response body and no log line", async () => {
    const plantedPassword = "planted-secret-Xq7-password";
    const email = uniqueEmail("planted");
    const admin = await createAccount(server, { role: "ADMIN" });
    const bodies: string[] = [];
    const keep = <T>(res: JsonResponse<T>) => {
      bodies.push(JSON.stringify(res.body));
      return res;
    };

    const registered = keep(await registerAccount(server, { email, password: plantedPassword, name: "Planted" }));
    const loggedIn = keep(await login(server, email, plantedPassword));
    keep(await login(server, email, `${plantedPassword}-wrong`));
    keep(await login(server, `nobody-${email}`, plantedPassword));
    const token = loggedIn.body.token;
    keep(await requestJson(`${server.url}/api/v1/auth/change-password`, { method: "POST", headers: bearer(token), body: { currentPassword: "wrong-current-pw", newPassword: plantedPassword } }));
    keep(await requestJson(`${server.url}/api/v1/auth/me`, { headers: bearer(token) }));
    keep(await requestJson(`${server.url}/api/v1/auth/sessions`, { headers: bearer(token) }));
    keep(await requestJson(`${server.url}/api/v1/admin/users?search=planted`, { headers: admin.headers }));
    keep(await requestJson(`${server.url}/api/v1/admin/users/${registered.body.user.id}`, { headers: admin.headers }));
    keep(await requestJson(`${server.url}/api/v1/admin/users/bulk`, { method: "POST", headers: admin.headers, body: { users: [{ email: uniqueEmail("bulk"), name: "Bulk", password: plantedPassword }] } }));
    keep(await requestJson(`${server.url}/api/v1/admin/users/bulk`, { method: "POST", headers: admin.headers, body: { users: [{ email, name: "Dup", password: plantedPassword }] } }));
    keep(await requestJson(`${server.url}/api/v1/admin/audit`, { headers: admin.headers }));
    bodies.push(JSON.stringify(await trpcClient(server, bearer(token)).auth.me.query()));
    // A bad token and a failing request must not echo the token either.
    keep(await requestJson(`${server.url}/api/v1/auth/me`, { headers: bearer(`${token.slice(0, -2)}zz`) }));

    const stored = await server.services.db.prisma.user.findUniqueOrThrow({ where: { email } });
    const secrets = [plantedPassword, stored.passwordHash, admin.user.passwordHash, token, registered.body.token, admin.token];
    const everything = bodies.join("\n");
    // The tokens do appear where they belong: the login/register answers themselves.
    const withoutOwnAnswers = bodies.filter((_, index) => index !== 0 && index !== 1).join("\n");
    for (const secret of [plantedPassword, stored.passwordHash, admin.user.passwordHash]) expect(everything).not.toContain(secret);
    for (const secret of [token, registered.body.token, admin.token]) expect(withoutOwnAnswers).not.toContain(secret);
    expect(everything).not.toMatch(/passwordHash|password_hash|\$argon2/);

    // Let the access log lines of the last requests land.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logs = server.logText();
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of secrets) expect(logs).not.toContain(secret);
    expect(logs).not.toContain(email);
  });
});
