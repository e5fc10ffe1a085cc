import { router } from "../../trpc.ts";
import { byId } from "./by-id.ts";
import { createMany } from "./create-many.ts";
import { list } from "./list.ts";
import { stats } from "./stats.ts";
import { update } from "./update.ts";

export const usersRouter = router({ list, byId, update, createMany, stats });
