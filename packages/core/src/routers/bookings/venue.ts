import { venueSettings } from "@slotted/validators";
import { z } from "zod";
import { venueSettingsOf } from "../../bookings/availability.ts";
import { publicProcedure } from "../../procedures.ts";

export const venue = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/bookings/venue",
      tags: ["bookings"],
      summary: "The venue's booking rules",
      description: "Opening hours, slot length, capacity, horizon and phone region, so clients validate with the rules the server applies.",
    },
  })
  .input(z.void())
  .output(venueSettings)
  .query(({ ctx }) => venueSettingsOf(ctx.services.config.business));
