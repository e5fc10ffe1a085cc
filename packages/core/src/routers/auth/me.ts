import { publicUser } from "@slotted/validators";
import { z } from "zod";
import { protectedProcedure } from "../../procedures.ts";

export const me = protectedProcedure
  .meta({ openapi: { method: "GET", path: "/auth/me", tags: ["auth"], summary: "The signed-in user", protect: true } })
  .input(z.void())
  .output(publicUser)
  .query(({ ctx }) => ctx.user);
