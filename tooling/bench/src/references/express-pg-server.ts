// Reference: a hand-written express 5 + pg handler for the customer's GET /api/v1/bookings. The
// same SQL work as Slotted (session by token hash with its user, exact count, one page) and the
// same JSON, with none of the framework: no validation, logging, limits or error shape.
import { createHash } from "node:crypto";
import express from "express";
import pg from "pg";

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 10),
});

interface BookingRow {
  id: string;
  reference: string;
  date: string;
  start_minute: number;
  duration_minutes: number;
  party_size: number;
  status: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  special_requests: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

function clampInt(raw: unknown, fallback: number, max: number): number {
  const value = typeof raw === "string" ? Number(raw) : fallback;
  return Number.isInteger(value) && value >= 1
    ? Math.min(value, max)
    : fallback;
}

const app = express();
app.get("/ready", (_req, res) => void res.json({ ok: true }));
app.get("/api/v1/bookings", async (req, res) => {
  const token = /^Bearer ([a-z2-7]{32})$/.exec(
    req.get("authorization") ?? "",
  )?.[1];
  if (!token) return void res.status(401).json({ error: "unauthorised" });
  const sessionId = createHash("sha256").update(token).digest("hex");
  const session = await pool.query<{
    user_id: string;
    expires_at: Date;
    is_active: boolean;
  }>(
    "SELECT s.user_id, s.expires_at, u.is_active FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1",
    [sessionId],
  );
  const row = session.rows[0];
  if (!row || row.expires_at.getTime() <= Date.now() || !row.is_active)
    return void res.status(401).json({ error: "unauthorised" });

  const page = clampInt(req.query.page, 1, 100_000);
  const perPage = clampInt(req.query.perPage, 20, 100);
  const [count, rows] = await Promise.all([
    pool.query<{ total: number }>(
      "SELECT count(*)::int AS total FROM bookings WHERE customer_id = $1",
      [row.user_id],
    ),
    pool.query<BookingRow>(
      `SELECT id, reference, to_char(date, 'YYYY-MM-DD') AS date, start_minute, duration_minutes, party_size, status,
              contact_name, contact_email, contact_phone, special_requests, cancelled_at, cancel_reason, version, created_at, updated_at
         FROM bookings WHERE customer_id = $1 ORDER BY date, start_minute, id LIMIT $2 OFFSET $3`,
      [row.user_id, perPage, (page - 1) * perPage],
    ),
  ]);
  const total = count.rows[0]?.total ?? 0;
  const totalPages = Math.ceil(total / perPage);
  res.json({
    items: rows.rows.map((b) => ({
      id: b.id,
      reference: b.reference,
      date: b.date,
      time: hhmm(b.start_minute),
      endTime: hhmm(b.start_minute + b.duration_minutes),
      durationMinutes: b.duration_minutes,
      partySize: b.party_size,
      status: b.status,
      contactName: b.contact_name,
      contactEmail: b.contact_email,
      contactPhone: b.contact_phone,
      specialRequests: b.special_requests,
      cancelledAt: b.cancelled_at,
      cancelReason: b.cancel_reason,
      version: b.version,
      createdAt: b.created_at,
      updatedAt: b.updated_at,
    })),
    total,
    totalIsExact: true,
    page,
    perPage,
    totalPages,
    hasNext: page < totalPages,
    hasPrev: page > 1,
  });
});
app.listen(Number(process.env.PORT), "127.0.0.1");
