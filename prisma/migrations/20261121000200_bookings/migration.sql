-- Bookings and the idempotency keys of their create requests.

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'SEATED', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateTable
CREATE TABLE "bookings" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "start_minute" INTEGER NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "party_size" INTEGER NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'PENDING',
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "special_requests" TEXT,
    "internal_notes" TEXT,
    "cancelled_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id")
);

-- CreateTable. The primary key (user_id, key) serves both queries a keyed create makes: deleting
-- the caller's expired keys (by its user_id prefix) and looking up the key itself.
CREATE TABLE "idempotency_keys" (
    "key" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "payload_hash" TEXT NOT NULL,
    "booking_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("user_id","key")
);

-- Staff and customers look bookings up by reference ("SLT-7F3K2Q" over the phone); a generated
-- reference that collides is retried, so uniqueness is the database's job.
CREATE UNIQUE INDEX "bookings_reference_key" ON "bookings"("reference");

-- bookings.list: one customer's bookings, optionally within a date range, ordered by date and time.
CREATE INDEX "bookings_customer_id_date_start_minute_idx" ON "bookings"("customer_id", "date", "start_minute");

-- The capacity check and bookings.availability (active bookings on one date), bookings.adminList
-- by date range, and users.stats' today/upcoming numbers.
CREATE INDEX "bookings_date_status_idx" ON "bookings"("date", "status");

-- bookings.adminList filtered by status (optionally with a date range) and users.stats' count per status.
CREATE INDEX "bookings_status_date_idx" ON "bookings"("status", "date");

-- bookings.adminList sorted by creation time ("newest requests first").
CREATE INDEX "bookings_created_at_idx" ON "bookings"("created_at");

-- Conflict rule 1: one active (PENDING, CONFIRMED, SEATED) booking per customer, date and start
-- time. Also serves "does this customer already hold this slot?" as a single index probe. The
-- predicate is written the way PostgreSQL prints it back, so `prisma migrate diff` sees no drift.
CREATE UNIQUE INDEX "bookings_customer_active_slot_key" ON "bookings"("customer_id", "date", "start_minute") WHERE (status = ANY (ARRAY['PENDING'::"BookingStatus", 'CONFIRMED'::"BookingStatus", 'SEATED'::"BookingStatus"]));

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants Prisma's schema cannot express; the API validates the same rules first, these stop a
-- bug or a hand-written script from storing a booking the venue could never honour.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_party_size_check" CHECK ("party_size" BETWEEN 1 AND 50);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_duration_minutes_check" CHECK ("duration_minutes" BETWEEN 1 AND 1440);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_start_minute_check" CHECK ("start_minute" BETWEEN 0 AND 1439);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_version_check" CHECK ("version" >= 1);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancelled_at_check" CHECK ("status" <> 'CANCELLED' OR "cancelled_at" IS NOT NULL);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_reference_check" CHECK ("reference" ~ '^SLT-[2-9ABCDEFGHJKMNPQRSTVWXYZ]{6}$');
