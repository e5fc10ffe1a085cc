-- Staff lists at a million bookings: keyset paging on indexes that match each sort, and exact
-- totals from counters instead of counting rows.

-- Keyset and page-number paging in date order (the default sort): (date, start_minute, id) is the
-- sort itself, so a page is an index range, and "skip k rows" only ever skips within one day.
CREATE INDEX "bookings_date_start_minute_id_idx" ON "bookings"("date", "start_minute", "id");

-- "Newest requests first" pages by (created_at, id): the id breaks ties between equal timestamps.
DROP INDEX "bookings_created_at_idx";
CREATE INDEX "bookings_created_at_id_idx" ON "bookings"("created_at", "id");

-- Sorting by party size pages by (party_size, date, start_minute, id).
CREATE INDEX "bookings_party_size_date_start_minute_id_idx" ON "bookings"("party_size", "date", "start_minute", "id");

-- CreateTable
CREATE TABLE "booking_day_counts" (
    "date" DATE NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "bookings" INTEGER NOT NULL,

    CONSTRAINT "booking_day_counts_pkey" PRIMARY KEY ("date","status")
);

-- CreateTable
CREATE TABLE "booking_month_counts" (
    "month" DATE NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "bookings" INTEGER NOT NULL,

    CONSTRAINT "booking_month_counts_pkey" PRIMARY KEY ("month","status")
);

-- No CHECK ("bookings" >= 0): PostgreSQL checks an upsert's proposed row before it finds the
-- conflict, so the negative delta of a cancellation would fail. Tests compare with COUNT(*) instead.
ALTER TABLE "booking_month_counts" ADD CONSTRAINT "booking_month_counts_month_check" CHECK ("month" = date_trunc('month', "month")::date);

-- Adds a statement's net change per (date, status) to both counters. Rows are upserted in key
-- order, days before months, so two writers always take the counter rows' locks in one order and
-- cannot deadlock on them. Net-zero changes (an edit that moves no booking) write nothing.
CREATE FUNCTION "add_booking_count_deltas"("changes" JSONB) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  WITH "delta" AS (
    SELECT ("c"->>'date')::date AS "date", ("c"->>'status')::"BookingStatus" AS "status", SUM(("c"->>'n')::int)::int AS "n"
    FROM jsonb_array_elements("changes") AS "c"
    GROUP BY 1, 2
    HAVING SUM(("c"->>'n')::int) <> 0
  ), "days" AS (
    INSERT INTO "booking_day_counts" AS "counter" ("date", "status", "bookings")
    SELECT "date", "status", "n" FROM "delta" ORDER BY "date", "status"
    ON CONFLICT ("date", "status") DO UPDATE SET "bookings" = "counter"."bookings" + EXCLUDED."bookings"
  )
  INSERT INTO "booking_month_counts" AS "counter" ("month", "status", "bookings")
  SELECT date_trunc('month', "date")::date, "status", SUM("n")::int FROM "delta" GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("month", "status") DO UPDATE SET "bookings" = "counter"."bookings" + EXCLUDED."bookings";
END;
$$;

-- Statement-level, with transition tables: a 5,000-row seed insert costs one counter update per
-- (date, status) it touches, not one per row. PostgreSQL allows transition tables only on
-- single-event triggers, hence one function per event.
CREATE FUNCTION "count_inserted_bookings"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "add_booking_count_deltas"((
    SELECT COALESCE(jsonb_agg(jsonb_build_object('date', "date", 'status', "status", 'n', "n")), '[]'::jsonb)
    FROM (SELECT "date", "status", COUNT(*) AS "n" FROM "inserted" GROUP BY 1, 2) AS "g"));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "count_updated_bookings"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "add_booking_count_deltas"((
    SELECT COALESCE(jsonb_agg(jsonb_build_object('date', "date", 'status', "status", 'n', "n")), '[]'::jsonb)
    FROM (
      SELECT "date", "status", COUNT(*) AS "n" FROM "after" GROUP BY 1, 2
      UNION ALL
      SELECT "date", "status", -COUNT(*) AS "n" FROM "before" GROUP BY 1, 2
    ) AS "g"));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "count_deleted_bookings"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "add_booking_count_deltas"((
    SELECT COALESCE(jsonb_agg(jsonb_build_object('date', "date", 'status', "status", 'n', -"n")), '[]'::jsonb)
    FROM (SELECT "date", "status", COUNT(*) AS "n" FROM "deleted" GROUP BY 1, 2) AS "g"));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "clear_booking_counts"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "booking_day_counts";
  DELETE FROM "booking_month_counts";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "bookings_count_inserts" AFTER INSERT ON "bookings"
  REFERENCING NEW TABLE AS "inserted" FOR EACH STATEMENT EXECUTE FUNCTION "count_inserted_bookings"();
CREATE TRIGGER "bookings_count_updates" AFTER UPDATE ON "bookings"
  REFERENCING OLD TABLE AS "before" NEW TABLE AS "after" FOR EACH STATEMENT EXECUTE FUNCTION "count_updated_bookings"();
CREATE TRIGGER "bookings_count_deletes" AFTER DELETE ON "bookings"
  REFERENCING OLD TABLE AS "deleted" FOR EACH STATEMENT EXECUTE FUNCTION "count_deleted_bookings"();
CREATE TRIGGER "bookings_count_truncates" AFTER TRUNCATE ON "bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION "clear_booking_counts"();

-- The bookings that exist already.
SELECT "add_booking_count_deltas"((
  SELECT COALESCE(jsonb_agg(jsonb_build_object('date', "date", 'status', "status", 'n', "n")), '[]'::jsonb)
  FROM (SELECT "date", "status", COUNT(*) AS "n" FROM "bookings" GROUP BY 1, 2) AS "g"));
