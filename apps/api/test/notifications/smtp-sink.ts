import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The X-Slotted-Job header: which job (or delivery key) sent it. */
  jobId: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** How many messages arrived in full (DATA read and parsed), accepted, held or not. */
  dataCommands(): number;
  /** Holds every DATA response until `release` is called (or releases held ones). */
  hold(): void;
  release(): void;
  /** Answers every held DATA with a temporary failure (the client died meanwhile: nothing was accepted). */
  discardHeld(): void;
  close(): Promise<void>;
}

function addressesOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => address.address ?? "")).join(",");
}

function headerText(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  return typeof value === "string" ? value : "";
}

/** A real SMTP server on a loopback ephemeral port that parses and keeps every accepted message. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let commands = 0;
  let holding = false;
  let waiting: { accept: () => void; refuse: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream: SMTPServerDataStream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          // Counted once parsed and parked: a test that saw the count can discard it for sure.
          commands += 1;
          const accept = () => {
            received.push({ to: addressesOf(mail), subject: mail.subject ?? "", text: mail.text ?? "", jobId: headerText(mail, "x-slotted-job") });
            callback();
          };
          const refuse = () => callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
          if (holding) waiting.push({ accept, refuse });
          else accept();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    dataCommands: () => commands,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      const held = waiting;
      waiting = [];
      for (const { accept } of held) accept();
    },
    discardHeld: () => {
      const held = waiting;
      waiting = [];
      for (const { refuse } of held) refuse();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
