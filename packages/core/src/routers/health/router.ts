import { router } from "../../trpc.ts";
import { detailed } from "./detailed.ts";
import { live } from "./live.ts";
import { ready } from "./ready.ts";

export const healthRouter = router({ live, ready, detailed });
