import { z } from "zod";
import { permittedProcedure } from "../../procedures.ts";
import { dashboardStats, readDashboardStats } from "./dashboard-stats.ts";

export const stats = permittedProcedure("users:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/stats",
      tags: ["users"],
      summary: "Dashboard numbers (STAFF or ADMIN)",
      description:
        "Computed by one aggregate query per section (users, bookings, feedback) and cached for 60 seconds; any account or booking change, or a new rating, refreshes it. " +
        "`feedback` averages the ratings given over the last 30 days (null with none). " +
        "Booking `today`, `upcoming` and `coversToday` follow the venue's clock (BUSINESS_TIMEZONE).",
      protect: true,
    },
  })
  .input(z.void())
  .output(dashboardStats)
  .query(({ ctx }) => readDashboardStats(ctx.services, ctx.log));
