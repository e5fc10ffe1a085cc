import { router } from "../../trpc.ts";
import { create } from "./create.ts";
import { list } from "./list.ts";
import { update } from "./update.ts";

export const tablesRouter = router({ list, create, update });
