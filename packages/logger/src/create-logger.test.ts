import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./create-logger.ts";
import { runWithRequestContext } from "./request-context.ts";
import { scrubText } from "./redaction.ts";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe("createLogger", () => {
  it("stamps every line with the request ID of the surrounding request", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination });
    runWithRequestContext({ requestId: "req-123", log }, () => log.info("inside"));
    log.info("outside");
    expect(lines[0]).toMatchObject({ msg: "inside", requestId: "req-123", level: "info" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("never writes the request ID twice when a request-bound child logs inside the request", () => {
    const raw: string[] = [];
    const log = createLogger({
      level: "info",
      destination: new Writable({
        write(chunk: Buffer, _enc, done) {
          raw.push(chunk.toString());
          done();
        },
      }),
    });
    const child = log.child({ requestId: "req-9" });
    runWithRequestContext({ requestId: "req-9", log: child }, () => child.info("once"));
    expect(raw.join("").match(/"requestId"/g)).toHaveLength(1);
  });

  it("redacts secrets and personal data at any depth", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "info", destination });
    log.info(
      {
        password: "hunter2-planted",
        input: { email: "planted@example.com", phone: "+447700900123", nested: { token: "tok-planted" } },
        req: { headers: { authorization: "Bearer abc", cookie: "slotted_session=xyz" } },
      },
      "sensitive",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["hunter2-planted", "planted@example.com", "+447700900123", "tok-planted", "Bearer abc", "xyz"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[redacted]");
  });
});

describe("scrubText", () => {
  it("masks emails, bearer tokens, phone numbers and URL credentials in free text", () => {
    const scrubbed = scrubText(
      "user a.b@example.com sent Bearer abc.def to postgres://admin:s3cret@db:5432/x from +44 7700 900123",
    );
    expect(scrubbed).not.toMatch(/example\.com|abc\.def|s3cret|7700/);
  });

  it("masks key=value passwords of libpq-style connection strings", () => {
    expect(scrubText("host=db user=app password=s3cret-kv dbname=x")).toBe("host=db user=app password=[redacted] dbname=x");
  });
});
