import { createTRPCClient, httpLink } from "@trpc/client";
import type { AppRouter } from "@slotted/core";
import superjson from "superjson";
import { requestJson, type JsonResponse } from "../helpers/http.ts";
import type { TestServer } from "../helpers/test-server.ts";

/** A password that passes the policy; tests plant it and then grep for it. */
export const goodPassword = "plum-kettle-orbit-9";

export interface AuthBody {
  user: { id: string; email: string; name: string; role: string; isActive: boolean; createdAt: string };
  token: string;
  expiresAt: string;
}

export interface ErrorBodyShape {
  code: string;
  message: string;
  requestId: string;
  issues?: { path: string; message: string }[];
  [detail: string]: unknown;
}

let counter = 0;
/** A unique, valid email for this test file. */
export function uniqueEmail(label = "user"): string {
  counter += 1;
  return `${label}-${counter}-${Date.now().toString(36)}@example.test`;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function registerAccount(server: TestServer, body: Record<string, unknown>): Promise<JsonResponse<AuthBody>> {
  return requestJson<AuthBody>(`${server.url}/api/v1/auth/register`, { method: "POST", body });
}

export function login(server: TestServer, email: string, password: string, headers: Record<string, string> = {}): Promise<JsonResponse<AuthBody>> {
  return requestJson<AuthBody>(`${server.url}/api/v1/auth/login`, { method: "POST", body: { email, password }, headers });
}

/** The `name=value` pair and the attributes of the session cookie a response set. */
export function sessionCookieOf(response: { headers: Headers }, name = "slotted_session") {
  const raw = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!raw) return undefined;
  const [pair = "", ...attributes] = raw.split("; ");
  return { pair, value: pair.slice(name.length + 1), attributes };
}

/** The typed tRPC client, with optional extra headers (bearer token, cookie, origin). */
export function trpcClient(server: TestServer, headers: Record<string, string> = {}) {
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc`, transformer: superjson, headers })] });
}
