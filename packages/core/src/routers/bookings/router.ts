import { router } from "../../trpc.ts";
import { adminById } from "./admin-by-id.ts";
import { adminList } from "./admin-list.ts";
import { assignTable } from "./assign-table.ts";
import { availability } from "./availability.ts";
import { byId } from "./by-id.ts";
import { cancel } from "./cancel.ts";
import { create } from "./create.ts";
import { daySheet } from "./day-sheet.ts";
import { history } from "./history.ts";
import { list } from "./list.ts";
import { rate } from "./rate.ts";
import { reschedule } from "./reschedule.ts";
import { setInternalNotes } from "./set-internal-notes.ts";
import { setStatus } from "./set-status.ts";
import { update } from "./update.ts";
import { venue } from "./venue.ts";

// REST matches paths in this order, first match wins: the fixed paths /bookings/availability,
// /bookings/venue and /admin/bookings/day-sheet must come before their `{id}` neighbours, or
// {id} would capture them.
export const bookingsRouter = router({
  availability,
  venue,
  create,
  list,
  byId,
  update,
  reschedule,
  cancel,
  rate,
  adminList,
  daySheet,
  adminById,
  history,
  setStatus,
  setInternalNotes,
  assignTable,
});
