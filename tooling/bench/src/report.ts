// The run's output: one readable table on stdout and the full detail as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Row {
  measure: string;
  slotted: string;
  reference?: string;
  ratio?: string;
}

export interface ScenarioResult {
  name: string;
  status: "ok" | "skipped" | "failed";
  /** Why it was skipped or failed, or a FAIL verdict on correctness. */
  note?: string;
  rows: Row[];
  detail?: unknown;
}

export const write = (text: string) => void process.stdout.write(text);

export const fmtInt = (n: number) =>
  Number.isFinite(n) ? Math.round(n).toLocaleString("en-GB") : "n/a";
export const fmtMs = (n: number) =>
  Number.isFinite(n) ? `${n >= 100 ? Math.round(n) : n.toFixed(1)} ms` : "n/a";
export const fmtRatio = (n: number) =>
  Number.isFinite(n) ? `${n.toFixed(2)}×` : "n/a";

export function renderTable(results: readonly ScenarioResult[]): string {
  const header: Row = {
    measure: "measure",
    slotted: "Slotted",
    reference: "reference",
    ratio: "ratio",
  };
  const rows: Row[] = [];
  for (const result of results) {
    if (result.status !== "ok")
      rows.push({
        measure: result.name,
        slotted: `${result.status.toUpperCase()}: ${result.note ?? ""}`,
      });
    else rows.push(...result.rows);
    if (result.status === "ok" && result.note)
      rows.push({ measure: `  ${result.name}`, slotted: result.note });
  }
  const cells = (r: Row) => [
    r.measure,
    r.slotted,
    r.reference ?? "",
    r.ratio ?? "",
  ];
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[header, ...rows].map((r) => (cells(r)[i] ?? "").length)),
  );
  const line = (r: Row) =>
    `| ${cells(r)
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(" | ")} |`;
  return (
    [
      line(header),
      `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
      ...rows.map(line),
    ].join("\n") + "\n"
  );
}

export function writeJson(
  resultsDir: string,
  startedAt: Date,
  body: unknown,
): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(
    resultsDir,
    `${startedAt.toISOString().replace(/:/g, "-")}.json`,
  );
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}
