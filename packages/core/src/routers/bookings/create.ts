import { createBookingInput, customerBooking } from "@slotted/validators";
import { z } from "zod";
import { createBooking } from "../../bookings/create-booking.ts";
import { protectedProcedure } from "../../procedures.ts";

export const create = protectedProcedure
  .meta({
    rateLimit: "booking_write",
    creates: "replayable",
    failures: ["CONFLICT"],
    openapi: {
      method: "POST",
      path: "/bookings",
      tags: ["bookings"],
      summary: "Book a slot",
      description:
        "Creates a PENDING booking (CONFIRMED when the venue auto-confirms) and answers 201. Send an `Idempotency-Key` header to make retries safe: " +
        "the same key and body within 24 hours answer 200 with the original booking (and `Idempotent-Replayed: true`); the same key with a " +
        "different body is a 409. 409 also when the slot lacks room (`remaining` says how many places are left) or you already hold " +
        "an active booking at that date and time. Venue rules (past dates, horizon, opening hours, slot grid) and the phone number are 400s naming the field.",
      protect: true,
      requestHeaders: z.object({
        "Idempotency-Key": z.string().optional().describe("Any unique string (a UUID is ideal); scoped to you, remembered for 24 hours"),
      }),
    },
  })
  .input(createBookingInput)
  .output(customerBooking)
  .mutation(async ({ ctx, input }) => {
    const { booking, replayed } = await createBooking(ctx, ctx.user, input, ctx.request.idempotencyKey);
    if (replayed) {
      ctx.response.setHeader("Idempotent-Replayed", "true");
      // Nothing new was created: REST answers 200, not the 201 of a create.
      ctx.response.setStatus(200);
    }
    return booking;
  });
