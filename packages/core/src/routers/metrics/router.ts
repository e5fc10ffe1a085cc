import { router } from "../../trpc.ts";
import { database } from "./database.ts";
import { summary } from "./summary.ts";

export const metricsRouter = router({ summary, database });
