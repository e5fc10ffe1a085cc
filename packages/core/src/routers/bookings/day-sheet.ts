import { daySheet as daySheetOutput, daySheetInput } from "@slotted/validators";
import { readDaySheet } from "../../bookings/day-sheet.ts";
import { permittedProcedure } from "../../procedures.ts";

export const daySheet = permittedProcedure("bookings:read-all")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/bookings/day-sheet",
      tags: ["bookings"],
      summary: "One day at the venue: covers per slot and every booking (STAFF or ADMIN)",
      description:
        "Any date, past ones included. `slots` gives each slot's covers of PENDING, CONFIRMED and SEATED bookings overlapping it " +
        "(`booked`) and the places left (`remaining`); `bookings` lists every booking of the day in every status, by start time " +
        "then reference. Read live, never cached.",
      protect: true,
    },
  })
  .input(daySheetInput)
  .output(daySheetOutput)
  .query(({ ctx, input }) => readDaySheet(ctx, input.date));
