import type { RouterInputs, RouterOutputs } from "@slotted/client";
import {
  createTestApiServer,
  mergeTestRouters,
  testError,
  testProcedure,
  testRouter,
  type TestApiServer,
  type TestContext,
} from "@slotted/client/testing";

export type SessionUser = RouterOutputs["auth"]["me"];
type AnyTestRouter = ReturnType<typeof testRouter>;

/** The signed-in account a test starts with: an ADMIN unless the test says otherwise. */
export function testStaffUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    id: "0b6f3f5e-3c1a-4f55-9d0e-1a2b3c4d5e6f",
    email: "grace@slotted.test",
    name: "Grace Hopper",
    role: "ADMIN",
    isActive: true,
    emailVerifiedAt: null,
    lastLoginAt: null,
    deletedAt: null,
    createdAt: new Date("2026-01-01T09:00:00Z"),
    ...overrides,
  };
}

/** What a feature's test router may use: the session, and `record` for asserting inputs. */
export interface BackendTools {
  /**
   * `user`: who `auth.me` answers with (null answers 401). `account`: who `auth.login` signs in.
   * Tests may reassign either at any time.
   */
  session: { user: SessionUser | null; account: SessionUser };
  /** Records a call; feature routers call it first in each resolver so tests can assert inputs. */
  record(path: string, input: unknown): void;
  /** The session's user, or a 401 as the server answers a signed-out call. */
  signedIn(): SessionUser;
}

export interface AdminBackend extends BackendTools {
  api: TestApiServer;
  /** Inputs received by one procedure (`"users.list"`), in order. */
  callsTo(path: string): unknown[];
  reset(): void;
}

/**
 * An in-memory Slotted API for the console's flow tests: `auth.me/login/logout` here, plus the
 * procedures a test file's feature needs (`features(tools)` builds them, so they can use
 * `record` and `signedIn`). Served through tRPC's own fetch handler inside msw, so batching,
 * superjson and error shapes are the real ones.
 */
export function createAdminBackend(features: (tools: BackendTools) => AnyTestRouter = () => testRouter({})): AdminBackend {
  const calls = new Map<string, unknown[]>();
  const session: AdminBackend["session"] = { user: testStaffUser(), account: testStaffUser() };
  const record = (path: string, input: unknown) => {
    calls.set(path, [...(calls.get(path) ?? []), input]);
  };
  const signedIn = () => {
    if (!session.user) throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
    return session.user;
  };

  const tools: BackendTools = { session, record, signedIn };
  const auth = testRouter({
    auth: testRouter({
      me: testProcedure.query(() => {
        record("auth.me", undefined);
        return signedIn();
      }),
      login: testProcedure.input((input) => input as RouterInputs["auth"]["login"]).mutation(({ input }) => {
        record("auth.login", input);
        session.user = session.account;
        return { user: session.user, token: "test-token", expiresAt: new Date("2030-01-01T00:00:00Z") };
      }),
      logout: testProcedure.mutation(() => {
        record("auth.logout", undefined);
        session.user = null;
        return { signedOut: true as const };
      }),
    }),
  });
  const api = createTestApiServer(mergeTestRouters(auth, features(tools)));
  return {
    ...tools,
    api,
    callsTo: (path) => calls.get(path) ?? [],
    reset: () => {
      calls.clear();
      session.user = testStaffUser();
      session.account = testStaffUser();
      api.reset();
    },
  };
}

export type { TestContext };
