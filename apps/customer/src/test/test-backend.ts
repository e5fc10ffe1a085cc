import type { RouterInputs, RouterOutputs } from "@slotted/client";
import {
  createTestApiServer,
  testError,
  testProcedure,
  testRouter,
  type TestApiServer,
  type TestContext,
} from "@slotted/client/testing";
import { testAvailability, testBooking, testUser, testVenue } from "./fixtures.ts";

type User = RouterOutputs["auth"]["me"];
type Booking = RouterOutputs["bookings"]["byId"];

/** Paths a test can watch or take over. */
export type Procedure =
  | "auth.me"
  | "auth.login"
  | "auth.register"
  | "auth.logout"
  | "auth.sessions"
  | "auth.requestPasswordReset"
  | "auth.resetPassword"
  | "auth.verifyEmail"
  | "auth.resendVerification"
  | "auth.exportData"
  | "auth.deleteAccount"
  | "bookings.venue"
  | "bookings.availability"
  | "bookings.create"
  | "bookings.list"
  | "bookings.byId"
  | "bookings.reschedule"
  | "bookings.cancel"
  | "bookings.rate";

/** A test's resolver; `next()` runs the backend's own one (e.g. to fail a few times, then succeed). */
type Resolver = (input: unknown, ctx: TestContext, next: () => unknown) => unknown;

export interface TestBackendState {
  /** Who `auth.me` answers with; null answers 401. */
  user: User | null;
  bookings: Booking[];
  /** Replaces a procedure's resolver for this test (throw `testError(...)` to fail it). */
  override: Partial<Record<Procedure, Resolver>>;
  /** Inputs each procedure received, in order. */
  calls: Partial<Record<Procedure, unknown[]>>;
}

export interface TestBackend {
  state: TestBackendState;
  api: TestApiServer;
  /** Inputs received by one procedure. */
  callsTo(path: Procedure): unknown[];
  /** Fails the next `times` calls of `path` with `error`, then answers as usual. */
  failNext(path: Procedure, times: number, error: () => Error): void;
  reset(): void;
}

// Test procedures take their input as sent (`input as …`): the app under test runs the schemas.
const freshState = (): TestBackendState => ({ user: testUser(), bookings: [testBooking()], override: {}, calls: {} });

/**
 * A small in-memory Slotted API for flow tests, served through tRPC's own fetch handler inside
 * msw (`@slotted/client/testing`), so batching, superjson and error shapes are the real ones.
 * Signed in as `testUser()` with one upcoming booking unless a test says otherwise.
 */
export function createTestBackend(): TestBackend {
  const state = freshState();

  const resolve = (path: Procedure, fallback: (input: unknown) => unknown) => (input: unknown, ctx: TestContext) => {
    (state.calls[path] ??= []).push(input);
    const override = state.override[path];
    return override ? override(input, ctx, () => fallback(input)) : fallback(input);
  };
  const signedIn = (): User => {
    if (!state.user) throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
    return state.user;
  };
  const own = (id: string): Booking => {
    const booking = state.bookings.find((candidate) => candidate.id === id);
    if (!booking) throw testError("NOT_FOUND", { message: "Booking not found" });
    return booking;
  };
  const replace = (next: Booking): Booking => {
    state.bookings = state.bookings.map((booking) => (booking.id === next.id ? next : booking));
    return next;
  };
  const checkVersion = (booking: Booking, version: number | undefined) => {
    if (version !== undefined && version !== booking.version) {
      throw testError("CONFLICT", { message: "This booking changed since you loaded it; reload it and try again", currentVersion: booking.version });
    }
  };

  const router = testRouter({
    auth: testRouter({
      me: testProcedure.query(({ ctx }) => resolve("auth.me", () => signedIn())(undefined, ctx)),
      login: testProcedure.input((input) => input as RouterInputs["auth"]["login"]).mutation(({ input, ctx }) =>
        resolve("auth.login", () => {
          state.user = testUser({ email: input.email });
          return { user: state.user, token: "test-token", expiresAt: new Date("2030-01-01T00:00:00Z") };
        })(input, ctx),
      ),
      register: testProcedure.input((input) => input as RouterInputs["auth"]["register"]).mutation(({ input, ctx }) =>
        resolve("auth.register", () => {
          state.user = testUser({ email: input.email, name: input.name });
          return { user: state.user, token: "test-token", expiresAt: new Date("2030-01-01T00:00:00Z") };
        })(input, ctx),
      ),
      logout: testProcedure.mutation(({ ctx }) =>
        resolve("auth.logout", () => {
          state.user = null;
          return { signedOut: true as const };
        })(undefined, ctx),
      ),
      requestPasswordReset: testProcedure
        .input((input) => input as RouterInputs["auth"]["requestPasswordReset"])
        .mutation(({ input, ctx }) => resolve("auth.requestPasswordReset", () => ({ accepted: true as const }))(input, ctx)),
      resetPassword: testProcedure.input((input) => input as RouterInputs["auth"]["resetPassword"]).mutation(({ input, ctx }) =>
        resolve("auth.resetPassword", () => {
          state.user = null;
          return { reset: true as const };
        })(input, ctx),
      ),
      verifyEmail: testProcedure.input((input) => input as RouterInputs["auth"]["verifyEmail"]).mutation(({ input, ctx }) =>
        resolve("auth.verifyEmail", () => {
          const emailVerifiedAt = new Date("2026-01-03T10:00:00Z");
          if (state.user) state.user = { ...state.user, emailVerifiedAt };
          return { verified: true as const, emailVerifiedAt };
        })(input, ctx),
      ),
      resendVerification: testProcedure.mutation(({ ctx }) =>
        resolve("auth.resendVerification", () => {
          signedIn();
          return { accepted: true as const };
        })(undefined, ctx),
      ),
      exportData: testProcedure.query(({ ctx }) =>
        resolve("auth.exportData", () => {
          const profile = signedIn();
          return { exportedAt: new Date("2026-03-04T10:00:00Z"), profile, bookings: [], sessions: [], feedback: [] };
        })(undefined, ctx),
      ),
      deleteAccount: testProcedure.input((input) => input as RouterInputs["auth"]["deleteAccount"]).mutation(({ input, ctx }) =>
        resolve("auth.deleteAccount", () => {
          signedIn();
          state.user = null;
          return { deleted: true as const, cancelledBookings: 1 };
        })(input, ctx),
      ),
      sessions: testProcedure.query(({ ctx }) =>
        resolve("auth.sessions", () => {
          signedIn();
          const at = new Date("2026-01-05T10:00:00Z");
          return {
            sessions: [
              { id: "a".repeat(64), current: true, createdAt: at, lastUsedAt: at, expiresAt: at, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0" },
              { id: "b".repeat(64), current: false, createdAt: at, lastUsedAt: at, expiresAt: at, userAgent: "Mozilla/5.0 (iPhone) Safari/605.1" },
            ],
          };
        })(undefined, ctx),
      ),
    }),
    bookings: testRouter({
      venue: testProcedure.query(({ ctx }) => resolve("bookings.venue", () => testVenue())(undefined, ctx)),
      availability: testProcedure.input((input) => input as RouterInputs["bookings"]["availability"]).query(({ input, ctx }) =>
        resolve("bookings.availability", () => {
          signedIn();
          return testAvailability(input.date);
        })(input, ctx),
      ),
      create: testProcedure.input((input) => input as RouterInputs["bookings"]["create"]).mutation(({ input, ctx }) =>
        resolve("bookings.create", () => {
          const user = signedIn();
          const duration = input.durationMinutes ?? 120;
          const [hours = 0, minutes = 0] = input.time.split(":").map(Number);
          const end = hours * 60 + minutes + duration;
          const booking = testBooking({
            id: crypto.randomUUID(),
            reference: "SLT-NEW001",
            date: input.date,
            time: input.time,
            endTime: `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`,
            durationMinutes: duration,
            partySize: input.partySize,
            status: "PENDING",
            contactName: input.contactName ?? user.name,
            contactEmail: input.contactEmail ?? user.email,
            contactPhone: input.contactPhone,
          });
          state.bookings.push(booking);
          return booking;
        })(input, ctx),
      ),
      list: testProcedure.input((input) => input as RouterInputs["bookings"]["list"]).query(({ input, ctx }) =>
        resolve("bookings.list", () => {
          signedIn();
          const page = Number(input.page ?? 1);
          const perPage = Number(input.perPage ?? 20);
          const items = state.bookings.filter(
            (booking) =>
              (!input.status || input.status.includes(booking.status)) &&
              (!input.from || booking.date >= input.from) &&
              (!input.to || booking.date <= input.to),
          );
          const totalPages = Math.ceil(items.length / perPage);
          return {
            items: items.slice((page - 1) * perPage, page * perPage),
            total: items.length,
            totalIsExact: true,
            page,
            perPage,
            totalPages,
            hasNext: page < totalPages,
            hasPrev: page > 1,
          };
        })(input, ctx),
      ),
      byId: testProcedure.input((input) => input as RouterInputs["bookings"]["byId"]).query(({ input, ctx }) =>
        resolve("bookings.byId", () => {
          signedIn();
          return own(input.id);
        })(input, ctx),
      ),
      reschedule: testProcedure.input((input) => input as RouterInputs["bookings"]["reschedule"]).mutation(({ input, ctx }) =>
        resolve("bookings.reschedule", () => {
          signedIn();
          const booking = own(input.id);
          checkVersion(booking, input.version);
          return replace({ ...booking, date: input.date, time: input.time, version: booking.version + 1 });
        })(input, ctx),
      ),
      cancel: testProcedure.input((input) => input as RouterInputs["bookings"]["cancel"]).mutation(({ input, ctx }) =>
        resolve("bookings.cancel", () => {
          signedIn();
          const booking = own(input.id);
          checkVersion(booking, input.version);
          return replace({
            ...booking,
            status: "CANCELLED",
            cancelledAt: new Date(),
            cancelReason: input.reason ?? null,
            version: booking.version + 1,
          });
        })(input, ctx),
      ),
      rate: testProcedure.input((input) => input as RouterInputs["bookings"]["rate"]).mutation(({ input, ctx }) =>
        resolve("bookings.rate", () => {
          signedIn();
          const booking = own(input.id);
          if (booking.feedback) throw testError("CONFLICT", { message: "You already rated this visit" });
          const feedback = { rating: input.rating, comment: input.comment ?? null, createdAt: new Date("2026-01-04T10:00:00Z") };
          return replace({ ...booking, feedback, ratingOpenUntil: null });
        })(input, ctx),
      ),
    }),
  });

  const api = createTestApiServer(router);
  return {
    state,
    api,
    callsTo: (path) => state.calls[path] ?? [],
    failNext: (path, times, error) => {
      let left = times;
      state.override[path] = (_input, _ctx, next) => {
        if (left <= 0) return next();
        left -= 1;
        throw error();
      };
    },
    reset: () => {
      Object.assign(state, freshState());
      api.reset();
    },
  };
}
