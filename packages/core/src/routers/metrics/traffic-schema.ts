import { z } from "zod";

export const trafficPoint = z.object({
  requests: z.number(),
  requestsPerSecond: z.number(),
  errors: z.number().describe("Answers with a 5xx status"),
  clientErrors: z.number().describe("Answers with a 4xx status other than 429"),
  rateLimited: z.number().describe("429 answers"),
  errorRate: z.number().describe("errors / requests"),
  p50Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
  p99Ms: z.number().nullable(),
});

export const trafficSeries = z.object({
  totals: trafficPoint,
  series: z.array(trafficPoint.extend({ minute: z.string().describe("ISO start of the minute") })),
});
