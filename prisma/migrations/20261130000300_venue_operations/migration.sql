-- Venue operations and the customer's own data: tables staff seat parties at, late cancellations,
-- feedback on completed bookings, last sign-in, and account deletion (the row stays, anonymised).
--
-- A table can never hold two active bookings at overlapping times: the exclusion constraint
-- `bookings_table_no_overlap` (GiST over table, date and the minute range, which needs btree_gist
-- for the equality parts) makes the database refuse the second one, whatever the code does.
-- Bookings never cross midnight (they end by closing time), so date + minute range is the time range.
CREATE EXTENSION IF NOT EXISTS btree_gist;


-- AlterTable
ALTER TABLE "bookings" ADD COLUMN     "cancelled_late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "table_id" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_login_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "venue_tables" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "area" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "venue_tables_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booking_feedback" (
    "booking_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "booking_feedback_pkey" PRIMARY KEY ("booking_id")
);

-- CreateIndex
CREATE INDEX "booking_feedback_created_at_idx" ON "booking_feedback"("created_at");

-- CreateIndex
CREATE INDEX "booking_feedback_customer_id_idx" ON "booking_feedback"("customer_id");

-- CreateIndex
CREATE INDEX "bookings_table_id_idx" ON "bookings"("table_id");

-- CreateIndex
CREATE INDEX "users_last_login_at_idx" ON "users"("last_login_at");

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "venue_tables"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_feedback" ADD CONSTRAINT "booking_feedback_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booking_feedback" ADD CONSTRAINT "booking_feedback_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Table names are unique whatever their case ("Window 2" and "window 2" are one table).
CREATE UNIQUE INDEX "venue_tables_name_lower_key" ON "venue_tables" (lower("name"));

ALTER TABLE "venue_tables" ADD CONSTRAINT "venue_tables_seats_check" CHECK ("seats" BETWEEN 1 AND 100);
ALTER TABLE "booking_feedback" ADD CONSTRAINT "booking_feedback_rating_check" CHECK ("rating" BETWEEN 1 AND 5);

ALTER TABLE "bookings" ADD CONSTRAINT "bookings_table_no_overlap" EXCLUDE USING gist (
    "table_id" WITH =,
    "date" WITH =,
    int4range("start_minute", "start_minute" + "duration_minutes") WITH &&
) WHERE ("table_id" IS NOT NULL AND "status" IN ('PENDING', 'CONFIRMED', 'SEATED'));
