import { accountExport } from "@slotted/validators";
import { z } from "zod";
import { exportAccountData } from "../../accounts/export-account-data.ts";
import { protectedProcedure } from "../../procedures.ts";

export const exportData = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/auth/export",
      tags: ["auth"],
      summary: "Download everything held about your account",
      description:
        "Your profile, every booking you made, your open sessions (device, address, when) and your feedback, as one JSON document. Never a password or session token, nor staff notes.",
      protect: true,
    },
  })
  .input(z.void())
  .output(accountExport)
  .query(({ ctx }) => exportAccountData(ctx.prisma, ctx.user.id));
