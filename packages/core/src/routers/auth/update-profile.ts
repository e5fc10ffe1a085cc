import { publicUser, updateProfileInput } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { protectedProcedure } from "../../procedures.ts";

export const updateProfile = protectedProcedure
  .meta({ openapi: { method: "PATCH", path: "/auth/profile", tags: ["auth"], summary: "Change your display name", protect: true } })
  .input(updateProfileInput)
  .output(publicUser)
  .mutation(({ ctx, input }) =>
    ctx.prisma.user.update({ where: { id: ctx.user.id }, data: { name: input.name }, select: publicUserSelect }),
  );
