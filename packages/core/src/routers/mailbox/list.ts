import { devMail, listMailboxInput, paginated } from "@slotted/validators";
import { paginate } from "../../pagination.ts";
import { permittedProcedure } from "../../procedures.ts";

export const list = permittedProcedure("mailbox:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/mailbox",
      tags: ["mailbox"],
      summary: "The development mailbox (ADMIN)",
      description:
        "Mail sent while no SMTP_URL is set (never in production), newest first, with its text and HTML parts. Empty when mail goes out by SMTP.",
      protect: true,
    },
  })
  .input(listMailboxInput)
  .output(paginated(devMail))
  .query(({ ctx, input }) =>
    paginate(input, {
      count: () => ctx.prisma.devMail.count(),
      findPage: async ({ skip, take }) => {
        const rows = await ctx.prisma.devMail.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take });
        return rows.map(({ toAddress, fromAddress, ...mail }) => ({ ...mail, to: toAddress, from: fromAddress }));
      },
    }),
  );
