import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingBody, createBooking, type BookingJson, type ErrorJson, type PageJson } from "../bookings/booking-helpers.ts";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;
let admin: TestAccount;
let customer: TestAccount;
let booking: BookingJson;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN" });
  customer = await createAccount(server, { name: "Hostile Input Customer" });
  booking = (await createBooking(server, customer, bookingBody(server))).body;
});
afterAll(() => server.close());

/** The one error shape, its request ID echoed in the header, and nothing of the server's insides. */
async function expectRefusal(res: Response, status: number, code: string): Promise<ErrorJson> {
  expect(res.status).toBe(status);
  const text = await res.text();
  expect(text).not.toMatch(/stack|at .*\.[jt]s:\d+|node_modules/);
  const body = JSON.parse(text) as ErrorJson;
  expect(body).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
  expect(body.requestId).toBe(res.headers.get("x-request-id"));
  return body;
}

describe("deeply nested JSON", () => {
  const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
  const deepObject = (levels: number) => '{"a":'.repeat(levels) + "1" + "}".repeat(levels);
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("answers 400 in the error shape on REST and tRPC, anonymous or signed in, as a refusal logged at warn", async () => {
    const cases = [
      post("/api/v1/auth/logout", deep(4500)),
      post("/api/v1/auth/register", deepObject(4500)),
      post("/api/v1/bookings", deep(4500), customer.headers),
      post("/trpc/auth.logout", deep(4500)),
      post("/trpc/auth.logout,auth.me?batch=1", `{"0":${deep(4500)}}`, customer.headers),
      post("/trpc/bookings.create", `{"json":{"specialRequests":${deep(100)}}}`, customer.headers),
    ];
    for (const res of await Promise.all(cases)) {
      const body = await expectRefusal(res, 400, "BAD_REQUEST");
      expect(body.message).toMatch(/nested more than 32 levels/);
      const lines = server.logs.filter((line) => line.requestId === body.requestId);
      expect(lines.some((line) => line.level === "warn" && line.msg === "request refused: JSON nested too deeply")).toBe(true);
      expect(lines.filter((line) => line.level === "error" || line.level === "fatal")).toEqual([]);
    }
  });

  it("checks bodies in other Unicode charsets too", async () => {
    const res = await fetch(`${server.url}/api/v1/auth/logout`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-16le" },
      body: Buffer.from(deep(4500), "utf16le"),
    });
    await expectRefusal(res, 400, "BAD_REQUEST");
  });

  it("refuses tRPC GET inputs (?input=) nested too deeply, batched or not", async () => {
    const single = await fetch(`${server.url}/trpc/health.live?input=${encodeURIComponent(deep(2000))}`);
    await expectRefusal(single, 400, "BAD_REQUEST");
    const batch = await fetch(`${server.url}/trpc/health.live,auth.me?batch=1&input=${encodeURIComponent(`{"0":${deep(40)}}`)}`);
    await expectRefusal(batch, 400, "BAD_REQUEST");
  });

  it("lets ordinary nesting and brackets inside strings through", async () => {
    const brackets = "[[[[{{{{".repeat(20);
    const res = await requestJson<ErrorJson>(`${server.url}/api/v1/admin/users?search=${encodeURIComponent(brackets.slice(0, 100))}`, {
      headers: admin.headers,
    });
    expect(res.status).toBe(200);
    const register = await requestJson<ErrorJson>(`${server.url}/api/v1/auth/register`, {
      body: `{"email":"nested@example.com","password":"plum-kettle-orbit-9","name":"${brackets.slice(0, 90)}\\"[["}`,
    });
    expect(register.status).toBe(201);
    const batch = await fetch(`${server.url}/trpc/health.live?batch=1&input=${encodeURIComponent(`{"0":${deep(20)}}`)}`);
    expect(batch.status).toBeLessThan(500);
    expect(batch.status).not.toBe(400);
  });
});

describe("NUL and other control characters in text inputs", () => {
  const get = (path: string, account: TestAccount) => fetch(`${server.url}/api/v1${path}`, { headers: account.headers });
  const send = (method: string, path: string, account: TestAccount | undefined, body: unknown) =>
    fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: account ? account.headers : { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const valid = { email: "control@example.com", password: "plum-kettle-orbit-9", name: "Control Case" };

  it("answers 400 naming the field, on every text input, query or body", async () => {
    const cases: [string, () => Promise<Response>][] = [
      ["search", () => get("/admin/users?search=%00", admin)],
      ["search", () => get("/admin/users?search=ada%1B%5B2J", admin)],
      ["search", () => get("/admin/bookings?search=%00", admin)],
      ["search", () => get("/admin/bookings?search=SLT%C2%85", admin)],
      ["action", () => get("/admin/audit?action=%00", admin)],
      ["targetType", () => get("/admin/audit?targetType=user%00", admin)],
      ["targetId", () => get("/admin/audit?targetId=%07", admin)],
      ["name", () => send("POST", "/auth/register", undefined, { ...valid, name: "Ada\u0000" })],
      ["email", () => send("POST", "/auth/register", undefined, { ...valid, email: "control\u0000@example.com" })],
      ["password", () => send("POST", "/auth/register", undefined, { ...valid, password: "plum-kettle-orbit-9\u0000" })],
      ["password", () => send("POST", "/auth/login", undefined, { email: valid.email, password: "secret\u0000" })],
      ["name", () => send("PATCH", "/auth/profile", customer, { name: "Ada\u0008" })],
      ["users.0.name", () => send("POST", "/admin/users/bulk", admin, { users: [{ email: "bulk@example.com", name: "Bulk\u0000" }] })],
      ["contactName", () => createBooking(server, customer, bookingBody(server, { time: "20:00", contactName: "Ada\u0000" })).then(toResponse)],
      ["specialRequests", () => createBooking(server, customer, bookingBody(server, { time: "20:00", specialRequests: "Window\u0000" })).then(toResponse)],
      ["specialRequests", () => send("PATCH", `/bookings/${booking.id}`, customer, { version: booking.version, specialRequests: "\u001B" })],
      ["reason", () => send("POST", `/bookings/${booking.id}/cancel`, customer, { reason: "Plans\u0000changed" })],
      ["internalNotes", () => send("PUT", `/admin/bookings/${booking.id}/notes`, admin, { version: booking.version, internalNotes: "VIP\u0000" })],
    ];
    for (const [field, request] of cases) {
      const body = await expectRefusal(await request(), 400, "BAD_REQUEST");
      expect(body.issues?.map((issue) => issue.path)).toContain(field);
      expect(body.message).toContain(field);
    }
    const errors = server.logs.filter((line) => line.level === "error");
    expect(errors).toEqual([]);
  });

  it("keeps tabs and newlines in free text", async () => {
    const res = await createBooking(server, customer, bookingBody(server, { time: "20:30", specialRequests: "Window seat\n\tnear the door" }));
    expect(res.status).toBe(201);
    expect(res.body.specialRequests).toBe("Window seat\n\tnear the door");
  });
});

/** `createBooking` answers parsed JSON; the refusal check wants the raw response. */
function toResponse(res: { status: number; body: unknown; headers: Headers }): Response {
  return new Response(JSON.stringify(res.body), { status: res.status, headers: res.headers });
}

describe("admin bookings search", () => {
  it("treats % and _ as literal characters, like the users search", async () => {
    const [first, second, third] = await Promise.all([
      createAccount(server, { name: "Percent Guest" }),
      createAccount(server, { name: "Underscore Guest" }),
      createAccount(server, { name: "Plain Guest" }),
    ]);
    const made = await Promise.all([
      createBooking(server, first, bookingBody(server, { time: "18:00", contactName: "Deal 100% Guest" })),
      createBooking(server, second, bookingBody(server, { time: "18:00", contactName: "Deal 1000 Guest" })),
      createBooking(server, third, bookingBody(server, { time: "18:00", contactName: "Snake_case Guest" })),
    ]);
    expect(made.map((res) => res.status)).toEqual([201, 201, 201]);
    const search = async (text: string) => {
      const res = await requestJson<PageJson<BookingJson>>(`${server.url}/api/v1/admin/bookings?search=${encodeURIComponent(text)}`, {
        headers: admin.headers,
      });
      expect(res.status).toBe(200);
      return res.body.items.map((item) => item.contactName).sort();
    };
    expect(await search("100%")).toEqual(["Deal 100% Guest"]);
    expect(await search("e_c")).toEqual(["Snake_case Guest"]);
    expect(await search("Deal%Guest")).toEqual([]);
    expect(await search("\\")).toEqual([]);
  });
});
