import { publicUser, updateUserInput } from "@slotted/validators";
import { permittedProcedure } from "../../procedures.ts";
import { invalidateDashboardStats } from "./dashboard-stats.ts";
import { updateUser } from "./update-user.ts";

export const update = permittedProcedure("users:write")
  .meta({
    // 409 for the last admin; 403 for demoting or deactivating yourself.
    failures: ["CONFLICT", "FORBIDDEN"],
    openapi: {
      method: "PATCH",
      path: "/admin/users/{id}",
      tags: ["users"],
      summary: "Change an account's name, role or activation (ADMIN)",
      description: "Deactivating signs the user out everywhere. You cannot demote or deactivate yourself, nor remove the last active admin (409).",
      protect: true,
    },
  })
  .input(updateUserInput)
  .output(publicUser)
  .mutation(async ({ ctx, input }) => {
    const user = await updateUser(ctx.prisma, { actorId: ctx.user.id, requestId: ctx.requestId }, input);
    await invalidateDashboardStats(ctx);
    return user;
  });
