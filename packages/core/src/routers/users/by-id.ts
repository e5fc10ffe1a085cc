import { userByIdInput, userDetail } from "@slotted/validators";
import { bookingRecordOf } from "../../accounts/booking-record.ts";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { notFound } from "../../errors/index.ts";
import { permittedProcedure } from "../../procedures.ts";

export const byId = permittedProcedure("users:read")
  .meta({ openapi: { method: "GET", path: "/admin/users/{id}", tags: ["users"], summary: "One account (STAFF or ADMIN)", protect: true } })
  .input(userByIdInput)
  .output(userDetail)
  .query(async ({ ctx, input }) => {
    const [user, record] = await Promise.all([
      ctx.prisma.user.findUnique({
        where: { id: input.id },
        select: {
          ...publicUserSelect,
          updatedAt: true,
          _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
        },
      }),
      bookingRecordOf(ctx.prisma, input.id),
    ]);
    if (!user) throw notFound("User");
    const { _count, ...fields } = user;
    return { ...fields, activeSessions: _count.sessions, ...record };
  });
