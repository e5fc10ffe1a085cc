export { jobPayloads, jobNames, deadLetterQueue, sweepSchedule, type JobName, type JobData, type ParsedJobData } from "./job-definitions.ts";
export { createJobQueue, type JobQueue, type JobCount, type EnqueueOptions, type CreateJobQueueOptions } from "./job-queue.ts";
export { startJobWorker, type JobWorker, type JobWorkerDeps } from "./job-worker.ts";
export { sweepExpired, type SweepResult } from "./handlers/sweep-expired.ts";
export { venueInstant } from "./venue-instant.ts";
export { notifyBookingCancelledWithAccount, notifyBookingCreated, notifyBookingRescheduled, notifyBookingStatusChanged } from "./booking-notifications.ts";
