import { randomBytes, randomUUID } from "node:crypto";
import { issueAccountToken } from "@slotted/auth";
import { markDraining, procedureCatalog } from "@slotted/core";
import { hasPermission } from "@slotted/validators";
import type { OpenAPIBackend } from "openapi-backend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { venueDate } from "../bookings/booking-helpers.ts";
import { ContractClient, ContractViolation, createResponseValidator, validatorWarnings, type ContractRequest } from "./support/contract-client.ts";
import { documentedOperations, documentedSuccesses, fetchServedDocument, type DocumentedOperation, type OpenApiDocument } from "./support/openapi-document.ts";

// One server for every path but 429: a small body limit for the 413s and a small slot capacity so
// a full slot is one booking away. Rate limiting is off here (the test server default).
const bodyLimitBytes = 2048;
const slotCapacity = 6;

let server: TestServer;
let doc: OpenApiDocument;
let api: OpenAPIBackend;
let client: ContractClient;
let admin: TestAccount;
let staff: TestAccount;
let customer: TestAccount;
let otherCustomer: TestAccount;
/** `${operationId} ${status}` seen on any server, for the completeness checks. */
const seen = new Set<string>();

interface BookingFixture {
  id: string;
  version: number;
}
const bookings: Record<"main" | "moved" | "cancelled" | "filler", BookingFixture> = {
  main: { id: "", version: 0 },
  moved: { id: "", version: 0 },
  cancelled: { id: "", version: 0 },
  filler: { id: "", version: 0 },
};

/** Tables and visits made by the scenarios, for the ones after them. */
const venueTables = { window: "" };
const visits = { completed: "" };
let deletedAccountId = "";

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.test`;
const phone = "07911 123456";
const unknownSessionId = "0".repeat(64);

/** Fixtures go through plain fetch, so a contract gap in bookings.create does not break every other test. */
async function bookDirectly(account: TestAccount, body: Record<string, unknown>): Promise<BookingFixture> {
  const res = await requestJson<{ id: string; version: number }>(`${server.url}/api/v1/bookings`, { method: "POST", headers: account.headers, body });
  if (res.status !== 200 && res.status !== 201) throw new Error(`fixture booking failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, version: res.body.version };
}

/** A booking of `account`'s, moved straight in the database to COMPLETED, `daysAgo` days in the past. */
async function completedVisit(account: TestAccount, daysAgo: number): Promise<string> {
  const booking = await bookDirectly(account, { date: venueDate(server, 5 + daysAgo), time: "13:00", partySize: 2, contactPhone: phone });
  await server.services.db.prisma.booking.update({
    where: { id: booking.id },
    data: { status: "COMPLETED", date: new Date(`${venueDate(server, -daysAgo)}T00:00:00Z`) },
  });
  return booking.id;
}

const call = (operationId: string, request: ContractRequest, expectStatus: number) => client.call(operationId, request, expectStatus);
const cookieOf = (account: TestAccount) => ({
  cookie: `${server.config.auth.cookieName}=${account.token}`,
});
/** A value for each path parameter that passes no lookup: the call fails before or at the lookup. */
const placeholderParams = (path: string): Record<string, string> =>
  Object.fromEntries(
    [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name ?? "id", path.startsWith("/auth/sessions") ? unknownSessionId : randomUUID()]),
  );

beforeAll(async () => {
  server = await startTestServer({
    env: {
      BODY_LIMIT_BYTES: String(bodyLimitBytes),
      BOOKING_SLOT_CAPACITY: String(slotCapacity),
    },
  });
  doc = await fetchServedDocument(server);
  api = await createResponseValidator(doc);
  client = new ContractClient(api, doc, `${server.url}/api/v1`);
  [admin, staff, customer, otherCustomer] = await Promise.all([
    createAccount(server, { role: "ADMIN" }),
    createAccount(server, { role: "STAFF" }),
    createAccount(server, { name: "Ada Lovelace" }),
    createAccount(server, { name: "Grace Hopper" }),
  ]);
  bookings.main = await bookDirectly(customer, {
    date: venueDate(server, 1),
    time: "19:00",
    partySize: 2,
    contactPhone: phone,
  });
  bookings.moved = await bookDirectly(customer, {
    date: venueDate(server, 3),
    time: "12:00",
    partySize: 2,
    contactPhone: phone,
  });
  bookings.cancelled = await bookDirectly(customer, {
    date: venueDate(server, 4),
    time: "12:00",
    partySize: 2,
    contactPhone: phone,
  });
  // Fills day 2 at 20:00 (and the slots its two hours overlap).
  bookings.filler = await bookDirectly(otherCustomer, {
    date: venueDate(server, 2),
    time: "20:00",
    partySize: slotCapacity,
    contactPhone: phone,
  });
}, 60_000);

afterAll(async () => {
  await server.close();
});

interface Scenario {
  operationId: string;
  status: number;
  what: string;
  run: () => Promise<void>;
}

/** Success and error paths that need real data, per operation, run in this order (later ones rely on earlier writes). */
const scenarios: Scenario[] = [
  // health
  {
    operationId: "health-live",
    status: 200,
    what: "liveness, no token",
    run: async () => {
      await call("health-live", {}, 200);
    },
  },
  {
    operationId: "health-ready",
    status: 200,
    what: "ready, no token",
    run: async () => {
      await call("health-ready", {}, 200);
    },
  },
  {
    operationId: "health-detailed",
    status: 200,
    what: "as ADMIN",
    run: async () => {
      await call("health-detailed", { token: admin.token }, 200);
    },
  },
  // metrics
  {
    operationId: "metrics-summary",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("metrics-summary", { token: staff.token }, 200);
    },
  },
  {
    operationId: "metrics-database",
    status: 200,
    what: "as ADMIN",
    run: async () => {
      await call("metrics-database", { token: admin.token }, 200);
    },
  },
  // auth
  {
    operationId: "auth-register",
    status: 201,
    what: "a new account",
    run: async () => {
      const res = await call(
        "auth-register",
        {
          body: {
            email: uniqueEmail("new"),
            password: "a long enough passphrase 7",
            name: "New Person",
          },
        },
        201,
      );
      expect(res.body.token).toEqual(expect.any(String));
    },
  },
  {
    operationId: "auth-register",
    status: 400,
    what: "an invalid email",
    run: async () => {
      await call(
        "auth-register",
        {
          body: {
            email: "not-an-email",
            password: "a long enough passphrase 7",
            name: "X Y",
          },
        },
        400,
      );
    },
  },
  {
    operationId: "auth-register",
    status: 409,
    what: "an email that already has an account",
    run: async () => {
      await call(
        "auth-register",
        {
          body: {
            email: customer.user.email,
            password: "a long enough passphrase 7",
            name: "Copy Cat",
          },
        },
        409,
      );
    },
  },
  {
    operationId: "auth-login",
    status: 200,
    what: "right password",
    run: async () => {
      await call("auth-login", { body: { email: customer.user.email, password: customer.password } }, 200);
    },
  },
  {
    operationId: "auth-login",
    status: 400,
    what: "no password",
    run: async () => {
      await call("auth-login", { body: { email: customer.user.email } }, 400);
    },
  },
  {
    operationId: "auth-login",
    status: 401,
    what: "wrong password",
    run: async () => {
      await call(
        "auth-login",
        {
          body: {
            email: customer.user.email,
            password: "not the password at all",
          },
        },
        401,
      );
    },
  },
  {
    operationId: "auth-logout",
    status: 200,
    what: "a throwaway session",
    run: async () => {
      await call("auth-logout", { token: (await createAccount(server)).token }, 200);
    },
  },
  // Their only input is "nothing", so the provable 400 is a body that is not JSON at all.
  {
    operationId: "auth-logout",
    status: 400,
    what: "a body that is not JSON",
    run: async () => {
      await call("auth-logout", { rawBody: "{", headers: { "content-type": "application/json" } }, 400);
    },
  },
  {
    operationId: "auth-logoutAll",
    status: 400,
    what: "a body that is not JSON",
    run: async () => {
      await call("auth-logoutAll", { token: customer.token, rawBody: "{", headers: { "content-type": "application/json" } }, 400);
    },
  },
  {
    operationId: "auth-logoutAll",
    status: 200,
    what: "a throwaway account",
    run: async () => {
      await call("auth-logoutAll", { token: (await createAccount(server)).token }, 200);
    },
  },
  {
    operationId: "auth-me",
    status: 200,
    what: "as a customer",
    run: async () => {
      await call("auth-me", { token: customer.token }, 200);
    },
  },
  {
    operationId: "auth-sessions",
    status: 200,
    what: "as a customer",
    run: async () => {
      await call("auth-sessions", { token: customer.token }, 200);
    },
  },
  {
    operationId: "auth-revokeSession",
    status: 200,
    what: "another session of the caller",
    run: async () => {
      const login = await requestJson<{ token: string }>(`${server.url}/api/v1/auth/login`, {
        body: {
          email: otherCustomer.user.email,
          password: otherCustomer.password,
        },
      });
      const list = await call("auth-sessions", { token: login.body.token }, 200);
      const other = (list.body.sessions as { id: string; current: boolean }[]).find((session) => session.current);
      expect(other).toBeDefined();
      await call("auth-revokeSession", { token: otherCustomer.token, params: { id: other?.id ?? "" } }, 200);
    },
  },
  {
    operationId: "auth-revokeSession",
    status: 400,
    what: "an ID that is not a session ID",
    run: async () => {
      await call("auth-revokeSession", { token: customer.token, params: { id: "not-a-session" } }, 400);
    },
  },
  {
    operationId: "auth-revokeSession",
    status: 404,
    what: "an unknown session",
    run: async () => {
      await call("auth-revokeSession", { token: customer.token, params: { id: unknownSessionId } }, 404);
    },
  },
  {
    operationId: "auth-changePassword",
    status: 200,
    what: "a throwaway account",
    run: async () => {
      const account = await createAccount(server);
      await call(
        "auth-changePassword",
        {
          token: account.token,
          body: {
            currentPassword: account.password,
            newPassword: "an entirely new passphrase 9",
          },
        },
        200,
      );
    },
  },
  {
    operationId: "auth-changePassword",
    status: 400,
    what: "a wrong current password",
    run: async () => {
      await call(
        "auth-changePassword",
        {
          token: customer.token,
          body: {
            currentPassword: "this is not it at all",
            newPassword: "an entirely new passphrase 9",
          },
        },
        400,
      );
    },
  },
  {
    operationId: "auth-updateProfile",
    status: 200,
    what: "a new name",
    run: async () => {
      await call("auth-updateProfile", { token: customer.token, body: { name: "Ada King" } }, 200);
    },
  },
  {
    operationId: "auth-updateProfile",
    status: 400,
    what: "an empty name",
    run: async () => {
      await call("auth-updateProfile", { token: customer.token, body: { name: "" } }, 400);
    },
  },
  {
    operationId: "auth-requestPasswordReset",
    status: 200,
    what: "any address, known or not",
    run: async () => {
      await call("auth-requestPasswordReset", { body: { email: uniqueEmail("nobody") } }, 200);
    },
  },
  {
    operationId: "auth-requestPasswordReset",
    status: 400,
    what: "not an email address",
    run: async () => {
      await call("auth-requestPasswordReset", { body: { email: "not-an-address" } }, 400);
    },
  },
  {
    operationId: "auth-resetPassword",
    status: 200,
    what: "a token mailed to a throwaway account",
    run: async () => {
      const account = await createAccount(server);
      const { token } = await issueAccountToken(server.services.db.prisma, account.user.id, "PASSWORD_RESET");
      await call("auth-resetPassword", { body: { token, newPassword: "an entirely new passphrase 9" } }, 200);
    },
  },
  {
    operationId: "auth-resetPassword",
    status: 400,
    what: "a token nobody issued",
    run: async () => {
      await call("auth-resetPassword", { body: { token: "a".repeat(32), newPassword: "an entirely new passphrase 9" } }, 400);
    },
  },
  {
    operationId: "auth-verifyEmail",
    status: 200,
    what: "a verification token of the customer",
    run: async () => {
      const { token } = await issueAccountToken(server.services.db.prisma, otherCustomer.user.id, "EMAIL_VERIFICATION");
      await call("auth-verifyEmail", { body: { token } }, 200);
    },
  },
  {
    operationId: "auth-verifyEmail",
    status: 400,
    what: "a malformed token",
    run: async () => {
      await call("auth-verifyEmail", { body: { token: "nope" } }, 400);
    },
  },
  {
    operationId: "auth-resendVerification",
    status: 400,
    what: "a body that is not JSON",
    run: async () => {
      await call("auth-resendVerification", { token: customer.token, rawBody: "{", headers: { "content-type": "application/json" } }, 400);
    },
  },
  {
    operationId: "auth-resendVerification",
    status: 200,
    what: "as an unverified customer",
    run: async () => {
      await call("auth-resendVerification", { token: customer.token }, 200);
    },
  },
  // mailbox
  {
    operationId: "mailbox-list",
    status: 200,
    what: "as ADMIN",
    run: async () => {
      await call("mailbox-list", { token: admin.token, query: { perPage: "5" } }, 200);
    },
  },
  {
    operationId: "mailbox-list",
    status: 400,
    what: "perPage over 100",
    run: async () => {
      await call("mailbox-list", { token: admin.token, query: { perPage: "1000" } }, 400);
    },
  },
  // users
  {
    operationId: "users-list",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("users-list", { token: staff.token, query: { perPage: "5" } }, 200);
    },
  },
  {
    operationId: "users-list",
    status: 400,
    what: "perPage over 100",
    run: async () => {
      await call("users-list", { token: staff.token, query: { perPage: "1000" } }, 400);
    },
  },
  {
    operationId: "users-byId",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("users-byId", { token: staff.token, params: { id: customer.user.id } }, 200);
    },
  },
  {
    operationId: "users-byId",
    status: 400,
    what: "a malformed ID",
    run: async () => {
      await call("users-byId", { token: staff.token, params: { id: "nope" } }, 400);
    },
  },
  {
    operationId: "users-byId",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call("users-byId", { token: staff.token, params: { id: randomUUID() } }, 404);
    },
  },
  {
    operationId: "users-update",
    status: 200,
    what: "rename as ADMIN",
    run: async () => {
      await call(
        "users-update",
        {
          token: admin.token,
          params: { id: otherCustomer.user.id },
          body: { name: "Grace B. Hopper" },
        },
        200,
      );
    },
  },
  {
    operationId: "users-update",
    status: 400,
    what: "nothing to change",
    run: async () => {
      await call("users-update", { token: admin.token, params: { id: otherCustomer.user.id }, body: {} }, 400);
    },
  },
  {
    operationId: "users-update",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call(
        "users-update",
        {
          token: admin.token,
          params: { id: randomUUID() },
          body: { name: "Nobody" },
        },
        404,
      );
    },
  },
  {
    operationId: "users-createMany",
    status: 201,
    what: "two rows, one without a password",
    run: async () => {
      const res = await call(
        "users-createMany",
        {
          token: admin.token,
          body: {
            users: [
              { email: uniqueEmail("bulk"), name: "Bulk One" },
              {
                email: uniqueEmail("bulk"),
                name: "Bulk Two",
                role: "STAFF",
                password: "a long enough passphrase 7",
              },
            ],
          },
        },
        201,
      );
      expect(res.body.created).toHaveLength(2);
    },
  },
  {
    operationId: "users-createMany",
    status: 400,
    what: "an email repeated in the batch",
    run: async () => {
      const email = uniqueEmail("twice");
      await call(
        "users-createMany",
        {
          token: admin.token,
          body: {
            users: [
              { email, name: "Twice A" },
              { email, name: "Twice B" },
            ],
          },
        },
        400,
      );
    },
  },
  {
    operationId: "users-createMany",
    status: 409,
    what: "an email that already has an account",
    run: async () => {
      const res = await call(
        "users-createMany",
        {
          token: admin.token,
          body: { users: [{ email: customer.user.email, name: "Copy Cat" }] },
        },
        409,
      );
      expect(res.body.rows).toEqual([expect.objectContaining({ index: 0, field: "email" })]);
    },
  },
  {
    operationId: "users-stats",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("users-stats", { token: staff.token }, 200);
    },
  },
  // audit
  {
    operationId: "audit-list",
    status: 200,
    what: "as ADMIN",
    run: async () => {
      await call("audit-list", { token: admin.token }, 200);
    },
  },
  {
    operationId: "audit-list",
    status: 400,
    what: "a malformed actorId",
    run: async () => {
      await call("audit-list", { token: admin.token, query: { actorId: "nope" } }, 400);
    },
  },
  // bookings: reads
  {
    operationId: "bookings-availability",
    status: 200,
    what: "tomorrow",
    run: async () => {
      await call("bookings-availability", { token: customer.token, query: { date: venueDate(server, 1) } }, 200);
    },
  },
  {
    operationId: "bookings-availability",
    status: 400,
    what: "a past date",
    run: async () => {
      await call("bookings-availability", { token: customer.token, query: { date: venueDate(server, -1) } }, 400);
    },
  },
  {
    operationId: "bookings-venue",
    status: 200,
    what: "no token",
    run: async () => {
      await call("bookings-venue", {}, 200);
    },
  },
  // bookings: create
  {
    operationId: "bookings-create",
    status: 201,
    what: "a new booking with an Idempotency-Key, then 200 + Idempotent-Replayed for the same key and body",
    run: async () => {
      const key = randomUUID();
      const body = {
        date: venueDate(server, 5),
        time: "18:00",
        partySize: 2,
        contactPhone: phone,
      };
      const first = await call("bookings-create", { token: customer.token, body, headers: { "Idempotency-Key": key } }, 201);
      expect(first.headers["idempotent-replayed"]).toBeUndefined();
      const replay = await call("bookings-create", { token: customer.token, body, headers: { "Idempotency-Key": key } }, 200);
      expect(replay.headers["idempotent-replayed"]).toBe("true");
      expect(replay.body.id).toBe(first.body.id);
      const reused = await call(
        "bookings-create",
        {
          token: customer.token,
          body: { ...body, partySize: 3 },
          headers: { "Idempotency-Key": key },
        },
        409,
      );
      expect(reused.body.code).toBe("CONFLICT");
    },
  },
  {
    operationId: "bookings-create",
    status: 400,
    what: "a time off the slot grid",
    run: async () => {
      await call(
        "bookings-create",
        {
          token: customer.token,
          body: {
            date: venueDate(server, 1),
            time: "19:15",
            partySize: 2,
            contactPhone: phone,
          },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-create",
    status: 409,
    what: "a full slot, with `remaining`",
    run: async () => {
      const res = await call(
        "bookings-create",
        {
          token: customer.token,
          body: {
            date: venueDate(server, 2),
            time: "20:00",
            partySize: 2,
            contactPhone: phone,
          },
        },
        409,
      );
      expect(res.body.remaining).toBe(0);
    },
  },
  {
    operationId: "bookings-create",
    status: 409,
    what: "a second booking of the customer at the same date and time",
    run: async () => {
      await call(
        "bookings-create",
        {
          token: customer.token,
          body: {
            date: venueDate(server, 1),
            time: "19:00",
            partySize: 1,
            contactPhone: phone,
          },
        },
        409,
      );
    },
  },
  // bookings: customer reads and writes
  {
    operationId: "bookings-list",
    status: 200,
    what: "own bookings",
    run: async () => {
      await call("bookings-list", { token: customer.token }, 200);
    },
  },
  {
    operationId: "bookings-list",
    status: 400,
    what: "from after to",
    run: async () => {
      await call(
        "bookings-list",
        {
          token: customer.token,
          query: { from: venueDate(server, 5), to: venueDate(server, 1) },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-byId",
    status: 200,
    what: "own booking",
    run: async () => {
      await call("bookings-byId", { token: customer.token, params: { id: bookings.main.id } }, 200);
    },
  },
  {
    operationId: "bookings-byId",
    status: 400,
    what: "a malformed ID",
    run: async () => {
      await call("bookings-byId", { token: customer.token, params: { id: "nope" } }, 400);
    },
  },
  {
    operationId: "bookings-byId",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call("bookings-byId", { token: customer.token, params: { id: randomUUID() } }, 404);
    },
  },
  {
    operationId: "bookings-update",
    status: 200,
    what: "a larger party with the loaded version",
    run: async () => {
      const res = await call(
        "bookings-update",
        {
          token: customer.token,
          params: { id: bookings.main.id },
          body: { version: bookings.main.version, partySize: 3 },
        },
        200,
      );
      bookings.main.version = res.body.version as number;
    },
  },
  {
    operationId: "bookings-update",
    status: 400,
    what: "nothing to change",
    run: async () => {
      await call(
        "bookings-update",
        {
          token: customer.token,
          params: { id: bookings.main.id },
          body: { version: bookings.main.version },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-update",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call(
        "bookings-update",
        {
          token: customer.token,
          params: { id: randomUUID() },
          body: { version: 1, partySize: 2 },
        },
        404,
      );
    },
  },
  {
    operationId: "bookings-update",
    status: 409,
    what: "a stale version",
    run: async () => {
      const res = await call(
        "bookings-update",
        {
          token: customer.token,
          params: { id: bookings.main.id },
          body: { version: bookings.main.version - 1, partySize: 4 },
        },
        409,
      );
      expect(res.body.currentVersion).toBe(bookings.main.version);
    },
  },
  {
    operationId: "bookings-reschedule",
    status: 200,
    what: "an hour later",
    run: async () => {
      await call(
        "bookings-reschedule",
        {
          token: customer.token,
          params: { id: bookings.moved.id },
          body: { date: venueDate(server, 3), time: "13:00" },
        },
        200,
      );
    },
  },
  {
    operationId: "bookings-reschedule",
    status: 400,
    what: "a time before opening",
    run: async () => {
      await call(
        "bookings-reschedule",
        {
          token: customer.token,
          params: { id: bookings.moved.id },
          body: { date: venueDate(server, 3), time: "08:00" },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-reschedule",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call(
        "bookings-reschedule",
        {
          token: customer.token,
          params: { id: randomUUID() },
          body: { date: venueDate(server, 3), time: "14:00" },
        },
        404,
      );
    },
  },
  {
    operationId: "bookings-reschedule",
    status: 409,
    what: "into a full slot",
    run: async () => {
      const res = await call(
        "bookings-reschedule",
        {
          token: customer.token,
          params: { id: bookings.moved.id },
          body: { date: venueDate(server, 2), time: "20:00" },
        },
        409,
      );
      expect(res.body.remaining).toBe(0);
    },
  },
  {
    operationId: "bookings-cancel",
    status: 200,
    what: "a pending booking",
    run: async () => {
      await call(
        "bookings-cancel",
        {
          token: customer.token,
          params: { id: bookings.cancelled.id },
          body: { reason: "Plans changed" },
        },
        200,
      );
    },
  },
  {
    operationId: "bookings-cancel",
    status: 400,
    what: "version 0",
    run: async () => {
      await call(
        "bookings-cancel",
        {
          token: customer.token,
          params: { id: bookings.moved.id },
          body: { version: 0 },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-cancel",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call("bookings-cancel", { token: customer.token, params: { id: randomUUID() }, body: {} }, 404);
    },
  },
  {
    operationId: "bookings-cancel",
    status: 409,
    what: "an already cancelled booking",
    run: async () => {
      const res = await call(
        "bookings-cancel",
        {
          token: customer.token,
          params: { id: bookings.cancelled.id },
          body: {},
        },
        409,
      );
      expect(res.body.currentStatus).toBe("CANCELLED");
    },
  },
  // bookings: staff
  {
    operationId: "bookings-adminList",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("bookings-adminList", { token: staff.token }, 200);
    },
  },
  {
    operationId: "bookings-adminList",
    status: 400,
    what: "an unknown sort",
    run: async () => {
      await call("bookings-adminList", { token: staff.token, query: { sort: "bogus" } }, 400);
    },
  },
  {
    operationId: "bookings-daySheet",
    status: 200,
    what: "tomorrow",
    run: async () => {
      await call("bookings-daySheet", { token: staff.token, query: { date: venueDate(server, 1) } }, 200);
    },
  },
  {
    operationId: "bookings-daySheet",
    status: 400,
    what: "no date",
    run: async () => {
      await call("bookings-daySheet", { token: staff.token }, 400);
    },
  },
  {
    operationId: "bookings-adminById",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("bookings-adminById", { token: staff.token, params: { id: bookings.main.id } }, 200);
    },
  },
  {
    operationId: "bookings-adminById",
    status: 400,
    what: "a malformed ID",
    run: async () => {
      await call("bookings-adminById", { token: staff.token, params: { id: "nope" } }, 400);
    },
  },
  {
    operationId: "bookings-adminById",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call("bookings-adminById", { token: staff.token, params: { id: randomUUID() } }, 404);
    },
  },
  {
    operationId: "bookings-history",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("bookings-history", { token: staff.token, params: { id: bookings.main.id } }, 200);
    },
  },
  {
    operationId: "bookings-history",
    status: 400,
    what: "a malformed ID",
    run: async () => {
      await call("bookings-history", { token: staff.token, params: { id: "nope" } }, 400);
    },
  },
  {
    operationId: "bookings-history",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call("bookings-history", { token: staff.token, params: { id: randomUUID() } }, 404);
    },
  },
  {
    operationId: "bookings-setStatus",
    status: 200,
    what: "PENDING to CONFIRMED",
    run: async () => {
      const res = await call(
        "bookings-setStatus",
        {
          token: staff.token,
          params: { id: bookings.main.id },
          body: { status: "CONFIRMED" },
        },
        200,
      );
      bookings.main.version = res.body.version as number;
    },
  },
  {
    operationId: "bookings-setStatus",
    status: 400,
    what: "an unknown status",
    run: async () => {
      await call(
        "bookings-setStatus",
        {
          token: staff.token,
          params: { id: bookings.main.id },
          body: { status: "LOST" },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-setStatus",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call(
        "bookings-setStatus",
        {
          token: staff.token,
          params: { id: randomUUID() },
          body: { status: "CONFIRMED" },
        },
        404,
      );
    },
  },
  {
    operationId: "bookings-setStatus",
    status: 409,
    what: "a move the lifecycle does not allow, with `allowed`",
    run: async () => {
      const res = await call(
        "bookings-setStatus",
        {
          token: staff.token,
          params: { id: bookings.main.id },
          body: { status: "PENDING" },
        },
        409,
      );
      expect(res.body).toMatchObject({
        currentStatus: "CONFIRMED",
        allowed: expect.any(Array),
      });
    },
  },
  {
    operationId: "bookings-setInternalNotes",
    status: 200,
    what: "with the loaded version",
    run: async () => {
      const res = await call(
        "bookings-setInternalNotes",
        {
          token: staff.token,
          params: { id: bookings.main.id },
          body: {
            internalNotes: "Window table",
            version: bookings.main.version,
          },
        },
        200,
      );
      bookings.main.version = res.body.version as number;
    },
  },
  {
    operationId: "bookings-setInternalNotes",
    status: 400,
    what: "no version",
    run: async () => {
      await call(
        "bookings-setInternalNotes",
        {
          token: staff.token,
          params: { id: bookings.main.id },
          body: { internalNotes: "x" },
        },
        400,
      );
    },
  },
  {
    operationId: "bookings-setInternalNotes",
    status: 404,
    what: "an unknown ID",
    run: async () => {
      await call(
        "bookings-setInternalNotes",
        {
          token: staff.token,
          params: { id: randomUUID() },
          body: { internalNotes: "x", version: 1 },
        },
        404,
      );
    },
  },
  {
    operationId: "bookings-setInternalNotes",
    status: 409,
    what: "a stale version",
    run: async () => {
      const res = await call(
        "bookings-setInternalNotes",
        {
          token: staff.token,
          params: { id: bookings.main.id },
          body: { internalNotes: "y", version: 1 },
        },
        409,
      );
      expect(res.body.currentVersion).toBe(bookings.main.version);
    },
  },
  // tables and seating
  {
    operationId: "tables-list",
    status: 200,
    what: "as STAFF",
    run: async () => {
      await call("tables-list", { token: staff.token }, 200);
    },
  },
  {
    operationId: "tables-create",
    status: 201,
    what: "a table as ADMIN",
    run: async () => {
      const created = await call("tables-create", { token: admin.token, body: { name: "Window 1", seats: 2, area: "Front" } }, 201);
      venueTables.window = (created.body as { id: string }).id;
    },
  },
  {
    operationId: "tables-create",
    status: 400,
    what: "no seats",
    run: async () => {
      await call("tables-create", { token: admin.token, body: { name: "Bar 9", seats: 0 } }, 400);
    },
  },
  {
    operationId: "tables-create",
    status: 409,
    what: "a name taken in another case",
    run: async () => {
      await call("tables-create", { token: admin.token, body: { name: "WINDOW 1", seats: 4 } }, 409);
    },
  },
  {
    operationId: "tables-update",
    status: 200,
    what: "more seats",
    run: async () => {
      await call("tables-update", { token: admin.token, params: { id: venueTables.window }, body: { seats: 4 } }, 200);
    },
  },
  {
    operationId: "tables-update",
    status: 400,
    what: "nothing to change",
    run: async () => {
      await call("tables-update", { token: admin.token, params: { id: venueTables.window }, body: {} }, 400);
    },
  },
  {
    operationId: "tables-update",
    status: 404,
    what: "an unknown table",
    run: async () => {
      await call("tables-update", { token: admin.token, params: { id: randomUUID() }, body: { seats: 4 } }, 404);
    },
  },
  {
    operationId: "tables-update",
    status: 409,
    what: "renamed onto another table's name",
    run: async () => {
      const other = await call("tables-create", { token: admin.token, body: { name: "Bar 1", seats: 2 } }, 201);
      await call("tables-update", { token: admin.token, params: { id: (other.body as { id: string }).id }, body: { name: "window 1" } }, 409);
    },
  },
  {
    operationId: "bookings-assignTable",
    status: 200,
    what: "seat the main booking",
    run: async () => {
      await call("bookings-assignTable", { token: staff.token, params: { id: bookings.main.id }, body: { tableId: venueTables.window } }, 200);
    },
  },
  {
    operationId: "bookings-assignTable",
    status: 400,
    what: "a table ID that is not a UUID",
    run: async () => {
      await call("bookings-assignTable", { token: staff.token, params: { id: bookings.main.id }, body: { tableId: "window" } }, 400);
    },
  },
  {
    operationId: "bookings-assignTable",
    status: 404,
    what: "an unknown booking",
    run: async () => {
      await call("bookings-assignTable", { token: staff.token, params: { id: randomUUID() }, body: { tableId: venueTables.window } }, 404);
    },
  },
  {
    operationId: "bookings-assignTable",
    status: 409,
    what: "the table is taken at that time",
    run: async () => {
      const rival = await bookDirectly(otherCustomer, { date: venueDate(server, 1), time: "19:30", partySize: 2, contactPhone: phone });
      await call("bookings-assignTable", { token: staff.token, params: { id: rival.id }, body: { tableId: venueTables.window } }, 409);
    },
  },
  // feedback
  {
    operationId: "bookings-rate",
    status: 201,
    what: "a completed visit, rated by its customer",
    run: async () => {
      visits.completed = await completedVisit(customer, 2);
      await call("bookings-rate", { token: customer.token, params: { id: visits.completed }, body: { rating: 5, comment: "Lovely evening" } }, 201);
    },
  },
  {
    operationId: "bookings-rate",
    status: 400,
    what: "a rating of 6",
    run: async () => {
      await call("bookings-rate", { token: customer.token, params: { id: visits.completed }, body: { rating: 6 } }, 400);
    },
  },
  {
    operationId: "bookings-rate",
    status: 403,
    what: "after the 14-day window",
    run: async () => {
      const old = await completedVisit(customer, 20);
      await call("bookings-rate", { token: customer.token, params: { id: old }, body: { rating: 4 } }, 403);
    },
  },
  {
    operationId: "bookings-rate",
    status: 404,
    what: "someone else's booking",
    run: async () => {
      await call("bookings-rate", { token: otherCustomer.token, params: { id: visits.completed }, body: { rating: 1 } }, 404);
    },
  },
  {
    operationId: "bookings-rate",
    status: 409,
    what: "rated twice",
    run: async () => {
      await call("bookings-rate", { token: customer.token, params: { id: visits.completed }, body: { rating: 3 } }, 409);
    },
  },
  // the customer's own data
  {
    operationId: "auth-exportData",
    status: 200,
    what: "the signed-in customer's export",
    run: async () => {
      await call("auth-exportData", { token: customer.token }, 200);
    },
  },
  {
    operationId: "auth-deleteAccount",
    status: 400,
    what: "no password",
    run: async () => {
      await call("auth-deleteAccount", { token: customer.token, body: {} }, 400);
    },
  },
  {
    operationId: "auth-deleteAccount",
    status: 200,
    what: "a throwaway account, with its password",
    run: async () => {
      const leaving = await createAccount(server);
      await call("auth-deleteAccount", { token: leaving.token, body: { password: leaving.password } }, 200);
      deletedAccountId = leaving.user.id;
    },
  },
  {
    operationId: "users-update",
    status: 409,
    what: "a deleted account cannot be changed",
    run: async () => {
      await call("users-update", { token: admin.token, params: { id: deletedAccountId }, body: { name: "Back again" } }, 409);
    },
  },
];

// Operations only STAFF or ADMIN may call, and among them the ADMIN-only ones.
// From the permission table, so a new guarded operation is checked here without a list to update.
const guardedProcedures = [...procedureCatalog.values()].filter((entry) => entry.meta?.openapi && entry.meta.permission);
const operationIdOf = (path: string) => path.replace(".", "-");
/** Every operation a CUSTOMER may not call. */
const staffOperations = new Set(guardedProcedures.map((entry) => operationIdOf(entry.path)));
/** The ones STAFF may not call either. */
const adminOperations = new Set(
  guardedProcedures.filter((entry) => entry.meta?.permission && !hasPermission("STAFF", entry.meta.permission)).map((entry) => operationIdOf(entry.path)),
);

/**
 * Documented statuses no black-box call can provoke, each with why. Everything else the document
 * lists between 400 and 429 must have been seen. (500, 503 and 504 need a broken server.)
 */
const unprovokable: Record<string, string> = {
  "auth-updateProfile 404": "the caller's own account vanishing between authentication and the write",
};

/** Runs `check` on each operation and collects failures, so one run reports every operation that is off. */
async function forEachOperation(pick: (operation: DocumentedOperation) => boolean, check: (operation: DocumentedOperation) => Promise<void>): Promise<string[]> {
  const failures: string[] = [];
  for (const operation of documentedOperations(doc).filter(pick)) {
    try {
      await check(operation);
    } catch (error) {
      failures.push(error instanceof ContractViolation || error instanceof Error ? error.message : String(error));
    }
  }
  return failures;
}

const hasBody = (operation: DocumentedOperation) => operation.operation.requestBody !== undefined;
/** Needs a signed-in caller: no security requirement of the operation is the empty (anonymous) one. */
const needsSignIn = (operation: DocumentedOperation) => {
  const security = operation.operation.security ?? [];
  return security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
};
/** Accepts a signed-in caller (possibly also an anonymous one, like logout). */
const acceptsSignIn = (operation: DocumentedOperation) => (operation.operation.security ?? []).some((requirement) => Object.keys(requirement).length > 0);

describe("every REST operation answers as documented", () => {
  for (const scenario of scenarios) {
    it(`${scenario.operationId} ${scenario.status}: ${scenario.what}`, scenario.run);
  }

  it("401 without a token, on every secured operation", async () => {
    const failures = await forEachOperation(needsSignIn, async (operation) => {
      await call(
        operation.operationId,
        {
          params: placeholderParams(operation.path),
          ...(hasBody(operation) ? { body: {} } : {}),
        },
        401,
      );
    });
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("403 for a CUSTOMER on staff operations and for STAFF on admin ones", async () => {
    const failures = await forEachOperation(
      ({ operationId }) => staffOperations.has(operationId),
      async (operation) => {
        const request = {
          params: placeholderParams(operation.path),
          ...(hasBody(operation) ? { body: {} } : {}),
        };
        await call(operation.operationId, { ...request, token: customer.token }, 403);
        if (adminOperations.has(operation.operationId)) await call(operation.operationId, { ...request, token: staff.token }, 403);
      },
    );
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("403 for a write riding on the session cookie without a trusted Origin", async () => {
    const failures = await forEachOperation(
      (operation) => operation.method !== "get" && acceptsSignIn(operation),
      async (operation) => {
        await call(
          operation.operationId,
          {
            params: placeholderParams(operation.path),
            body: {},
            headers: cookieOf(customer),
          },
          403,
        );
      },
    );
    expect(failures, failures.join("\n")).toEqual([]);
  });

  // The declared length is refused before routing, so every operation (GETs too) can answer 413.
  it(`413 for a body over BODY_LIMIT_BYTES (${bodyLimitBytes}), on every operation`, async () => {
    const failures = await forEachOperation(
      () => true,
      async ({ operationId, path }) => {
        await call(
          operationId,
          {
            params: placeholderParams(path),
            token: admin.token,
            body: { padding: "x".repeat(bodyLimitBytes * 2) },
          },
          413,
        );
      },
    );
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("415 for a body in a charset the server does not read, on every operation but GETs", async () => {
    const failures = await forEachOperation(
      ({ method }) => method !== "get",
      async ({ operationId, path }) => {
        await call(
          operationId,
          {
            params: placeholderParams(path),
            token: admin.token,
            rawBody: "{}",
            headers: { "content-type": "application/json; charset=x-unknown" },
          },
          415,
        );
      },
    );
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("error bodies carry the X-Request-ID of their answer", async () => {
    const res = await call("bookings-byId", { token: customer.token, params: { id: randomUUID() } }, 404);
    expect(res.body.requestId).toBe(res.headers["x-request-id"]);
  });

  // Last on this server: a draining instance answers readiness 503 from then on.
  it("health-ready 503 while the instance drains", async () => {
    markDraining(server.services);
    const res = await call("health-ready", {}, 503);
    expect(res.body).toMatchObject({ status: "not_ready", draining: true });
  });
});

describe("429 with Retry-After, on a server with rate limiting on and tiny limits", () => {
  let limited: TestServer;
  let limitedClient: ContractClient;

  beforeAll(async () => {
    limited = await startTestServer({
      env: {
        RATE_LIMIT_ENABLED: "true",
        RATE_LIMIT_DEFAULT_PER_MINUTE: "1",
        RATE_LIMIT_AUTH_PER_MINUTE: "1",
        RATE_LIMIT_BOOKING_WRITE_PER_MINUTE: "1",
      },
    });
    limitedClient = new ContractClient(api, doc, `${limited.url}/api/v1`);
  }, 60_000);
  afterAll(async () => {
    await limited.close();
  });

  it("every operation that documents 429 answers it once its limit is spent; the others never do", async () => {
    const failures = await forEachOperation(
      () => true,
      async (operation) => {
        const documents429 = operation.statuses.includes("429");
        const request = {
          params: placeholderParams(operation.path),
          ...(hasBody(operation) ? { body: {} } : {}),
        };
        // Anonymous calls share one per-IP budget per policy: at most one passes before the 429s.
        for (let attempt = 0; attempt < 3; attempt++) {
          const res = await limitedClient.call(operation.operationId, request);
          if (res.status === 429) {
            expect(res.headers["retry-after"], `${operation.operationId} 429 without Retry-After`).toMatch(/^\d+$/);
            return;
          }
        }
        if (documents429) throw new Error(`${operation.operationId} documents 429 but answered three calls without it`);
      },
    );
    for (const key of limitedClient.seen) seen.add(key);
    expect(failures, failures.join("\n")).toEqual([]);
  });
});

describe("coverage of the document", () => {
  it("every operation was exercised with its success status", () => {
    for (const key of client.seen) seen.add(key);
    const exercised = [...seen].filter((key) => / 2\d\d$/.test(key)).sort();
    expect(exercised).toEqual(documentedSuccesses(doc));
  });

  it("every documented client error (400–429) was provoked, bar the few no outside call can reach", () => {
    for (const key of client.seen) seen.add(key);
    const documented = documentedOperations(doc).flatMap(({ operationId, statuses }) =>
      statuses.filter((status) => /^4\d\d$/.test(status)).map((status) => `${operationId} ${status}`),
    );
    const missing = documented.filter((key) => !seen.has(key) && !(key in unprovokable)).sort();
    expect(missing).toEqual([]);
  });

  // Guards against a vacuous harness: the validator must refuse what the document rules out.
  it("the response validator refuses an off-schema body and an error body with an extra field", () => {
    expect(api.validateResponse({ id: "not-a-uuid" }, "bookings-byId", 200).valid).toBe(false);
    expect(api.validateResponse({ code: "NOT_FOUND", message: "x", requestId: "r", extra: true }, "bookings-byId", 404).valid).toBe(false);
    expect(api.validateResponse({ code: "NOT_FOUND", message: "x", requestId: "r" }, "bookings-byId", 404).valid).toBe(true);
  });

  it("the response validator compiled every schema without a warning", () => {
    expect(validatorWarnings).toEqual([]);
  });
});
