import type { RouterInputs, RouterOutputs } from "@slotted/client";
import { testError, testProcedure, testRouter } from "@slotted/client/testing";
import { createAdminBackend, testStaffUser, type BackendTools } from "../../test/admin-backend.ts";

type UserDetail = RouterOutputs["users"]["byId"];
type UsersPage = RouterOutputs["users"]["list"];
type ListInput = RouterInputs["users"]["list"];
type UpdateInput = RouterInputs["users"]["update"];
type CreateManyInput = RouterInputs["users"]["createMany"];
type CreateManyOutput = RouterOutputs["users"]["createMany"];

/** The signed-in ADMIN of every test unless it says otherwise (testStaffUser's account). */
export const grace = testStaffUser();

export const ids = {
  grace: grace.id,
  ada: "5f0c2d1e-8a4b-4c3d-9e2f-1a2b3c4d5e01",
  alan: "5f0c2d1e-8a4b-4c3d-9e2f-1a2b3c4d5e02",
  katherine: "5f0c2d1e-8a4b-4c3d-9e2f-1a2b3c4d5e03",
  margaret: "5f0c2d1e-8a4b-4c3d-9e2f-1a2b3c4d5e04",
} as const;

export function testUser(overrides: Partial<UserDetail> = {}): UserDetail {
  return {
    id: ids.katherine,
    email: "katherine@example.com",
    name: "Katherine Johnson",
    role: "CUSTOMER",
    isActive: true,
    emailVerifiedAt: null,
    lastLoginAt: null,
    deletedAt: null,
    createdAt: new Date("2026-02-03T10:00:00Z"),
    updatedAt: new Date("2026-02-03T10:00:00Z"),
    activeSessions: 1,
    lateCancellations: 0,
    noShows: 0,
    ...overrides,
  };
}

/** A small venue's accounts: two active admins (the viewer and Alan), one staff, customers. */
export function venueUsers(): UserDetail[] {
  return [
    testUser({ ...grace, updatedAt: grace.createdAt, activeSessions: 1 }),
    testUser({ id: ids.ada, email: "ada@example.com", name: "Ada Lovelace", role: "STAFF", createdAt: new Date("2026-01-15T09:00:00Z"), activeSessions: 2 }),
    testUser({ id: ids.alan, email: "alan@example.com", name: "Alan Turing", role: "ADMIN", createdAt: new Date("2026-01-10T09:00:00Z"), activeSessions: 0 }),
    testUser(),
    testUser({ id: ids.margaret, email: "margaret@example.com", name: "Margaret Hamilton", isActive: false, createdAt: new Date("2026-02-20T09:00:00Z"), activeSessions: 0 }),
  ];
}

export interface UsersState {
  users: UserDetail[];
  /** Answers users.update instead of the in-memory change (e.g. to throw the server's 409). */
  update: ((input: UpdateInput) => UserDetail) | undefined;
  /** Answers users.createMany; by default every row is created, with a password for rows without one. */
  createMany: ((input: CreateManyInput) => CreateManyOutput) | undefined;
  /** The request ID of the last write (update, createMany), as the server put it on its answer. */
  lastRequestId: string | undefined;
}

type PublicUser = UsersPage["items"][number];
const toPublic = ({ id, email, name, role, isActive, emailVerifiedAt, lastLoginAt, deletedAt, createdAt }: UserDetail): PublicUser => ({
  id,
  email,
  name,
  role,
  isActive,
  emailVerifiedAt,
  lastLoginAt,
  deletedAt,
  createdAt,
});

function listUsers(users: readonly UserDetail[], input: ListInput): UsersPage {
  const search = input.search?.trim().toLowerCase();
  const isActive = input.isActive === undefined ? undefined : input.isActive === true || input.isActive === "true";
  const matching = users.filter(
    (user) =>
      (input.role === undefined || user.role === input.role) &&
      (isActive === undefined || user.isActive === isActive) &&
      (!search || user.email.includes(search) || user.name.toLowerCase().includes(search)),
  );
  const sortBy = input.sortBy ?? "createdAt";
  const direction = input.sortOrder === "asc" ? 1 : -1;
  const key = (user: UserDetail) => (sortBy === "createdAt" || sortBy === "lastLoginAt" ? (user[sortBy]?.getTime() ?? null) : user[sortBy]);
  matching.sort((a, b) => {
    const [left, right] = [key(a), key(b)];
    // Like the server: never-signed-in accounts last, whichever the order.
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    return left < right ? -direction : left > right ? direction : 0;
  });
  const page = Number(input.page ?? 1);
  const perPage = Number(input.perPage ?? 20);
  const totalPages = Math.ceil(matching.length / perPage);
  return {
    items: matching.slice((page - 1) * perPage, page * perPage).map(toPublic),
    total: matching.length,
    totalIsExact: true,
    page,
    perPage,
    totalPages,
    hasNext: page < totalPages,
    hasPrev: page > 1,
  };
}

function requireAdmin(tools: BackendTools) {
  if (tools.signedIn().role !== "ADMIN") throw testError("FORBIDDEN", { message: "You do not have permission to do that" });
}

/** users.list/byId/update/createMany over an in-memory list, recording every input. */
export function usersTestRouter(tools: BackendTools, state: UsersState) {
  return testRouter({
    users: testRouter({
      list: testProcedure.input((input) => input as ListInput).query(({ input }) => {
        tools.record("users.list", input);
        tools.signedIn();
        return listUsers(state.users, input);
      }),
      byId: testProcedure.input((input) => input as RouterInputs["users"]["byId"]).query(({ input }) => {
        tools.record("users.byId", input);
        tools.signedIn();
        const user = state.users.find((candidate) => candidate.id === input.id);
        if (!user) throw testError("NOT_FOUND", { message: "User not found" });
        return user;
      }),
      update: testProcedure.input((input) => input as UpdateInput).mutation(({ input, ctx }) => {
        tools.record("users.update", input);
        requireAdmin(tools);
        state.lastRequestId = ctx.requestId;
        if (state.update) return toPublic(state.update(input));
        const index = state.users.findIndex((candidate) => candidate.id === input.id);
        const before = state.users[index];
        if (!before) throw testError("NOT_FOUND", { message: "User not found" });
        const after: UserDetail = {
          ...before,
          ...(input.role ? { role: input.role } : {}),
          ...(input.isActive === undefined ? {} : { isActive: input.isActive, activeSessions: input.isActive ? before.activeSessions : 0 }),
          updatedAt: new Date("2026-03-01T12:00:00Z"),
        };
        state.users[index] = after;
        return toPublic(after);
      }),
      createMany: testProcedure.input((input) => input as CreateManyInput).mutation(({ input, ctx }) => {
        tools.record("users.createMany", input);
        requireAdmin(tools);
        state.lastRequestId = ctx.requestId;
        if (state.createMany) return state.createMany(input);
        return {
          created: input.users.map((row, index) => ({
            id: `7a1b2c3d-4e5f-4a6b-8c7d-${String(index).padStart(12, "0")}`,
            email: row.email,
            name: row.name,
            role: row.role ?? "CUSTOMER",
            isActive: true,
            createdAt: new Date("2026-03-01T12:00:00Z"),
            ...(row.password === undefined ? { temporaryPassword: `tmp-${row.email.split("@")[0] ?? "x"}-Kx82-pq5v-Zt7m` } : {}),
          })),
        };
      }),
    }),
  });
}

/** The console's test backend with the users procedures, and the state a test may change. */
export function createUsersTestBackend() {
  const state: UsersState = { users: venueUsers(), update: undefined, createMany: undefined, lastRequestId: undefined };
  const backend = createAdminBackend((tools) => usersTestRouter(tools, state));
  const reset = () => {
    backend.reset();
    Object.assign(state, { users: venueUsers(), update: undefined, createMany: undefined, lastRequestId: undefined });
  };
  /** `users.list` inputs of the page's table (the admin count asks with perPage 1). */
  const tableInputs = () => backend.callsTo("users.list").filter((input) => (input as ListInput).perPage !== 1) as ListInput[];
  return { backend, state, reset, tableInputs };
}
