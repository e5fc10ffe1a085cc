import { accountDeleted, deleteAccountInput } from "@slotted/validators";
import { deleteAccount as deleteOwnAccount } from "../../accounts/delete-account.ts";
import { protectedProcedure } from "../../procedures.ts";
import { clearSessionCookie } from "./session-cookie.ts";

export const deleteAccount = protectedProcedure
  .meta({
    rateLimit: "auth",
    openapi: {
      method: "POST",
      path: "/auth/delete-account",
      tags: ["auth"],
      summary: "Delete your account",
      description:
        "Needs your password (400 on `password` if wrong; nothing changes). Signs out everywhere, cancels your bookings still ahead (you get the usual cancellation mail) and erases your name, email, phone and requests from every booking and your feedback comments. Past bookings stay, anonymised, in the venue's records. The email can be used to register again.",
      protect: true,
    },
  })
  .input(deleteAccountInput)
  .output(accountDeleted)
  .mutation(async ({ ctx, input }) => {
    const deleted = await deleteOwnAccount(ctx, { userId: ctx.user.id }, input);
    clearSessionCookie(ctx);
    return deleted;
  });
