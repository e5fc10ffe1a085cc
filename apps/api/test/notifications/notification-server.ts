import type { JobWorker } from "@slotted/jobs";
import { startWorker } from "../../src/start-worker.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { startSmtpSink, type SmtpSink } from "./smtp-sink.ts";

export interface NotificationServer {
  server: TestServer;
  smtp: SmtpSink;
  /** The in-process worker, when started. */
  worker: JobWorker | undefined;
  close(): Promise<void>;
}

/** Settings that make jobs run and retry within a test's patience. */
export const fastJobs = { JOB_POLL_INTERVAL_MS: "500", JOB_RETRY_DELAY_SECONDS: "1", JOB_TIMEOUT_SECONDS: "5" };

/** A test server mailing a real SMTP sink, with (by default) its job worker running in-process. */
export async function startNotificationServer(options: { worker?: boolean; env?: Record<string, string> } = {}): Promise<NotificationServer> {
  const smtp = await startSmtpSink();
  const server = await startTestServer({
    env: { SMTP_URL: smtp.url, PUBLIC_ORIGIN: "https://book.example.test", ...fastJobs, ...options.env },
  });
  const worker = options.worker === false ? undefined : await startWorker(server.services);
  return {
    server,
    smtp,
    worker,
    close: async () => {
      await worker?.stop(2_000);
      await server.close();
      await smtp.close();
    },
  };
}
