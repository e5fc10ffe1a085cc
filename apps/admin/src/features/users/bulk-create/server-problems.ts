import { fieldMessage } from "@slotted/app-shell";
import { readErrorFacts } from "@slotted/client";
import { fieldLabel, rowFields, type CheckedRow, type RowField } from "./check-rows.ts";

/** What the server said about particular rows of a refused batch, by the row's index. */
export interface ServerRowProblems {
  cells: Map<number, Partial<Record<RowField, string>>>;
  /** Whatever belongs to no row (the batch as a whole). */
  batch: string[];
}

interface ConflictRow {
  index: number;
  field: string;
  message: string;
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** A 409's `rows` detail (`[{ index, field, message }]`, see create-users.ts), read defensively. */
function conflictRows(error: unknown): ConflictRow[] {
  const data = isFields(error) ? error.data : undefined;
  const rows = isFields(data) ? data.rows : undefined;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: unknown) =>
    isFields(row) && typeof row.index === "number" && typeof row.field === "string" && typeof row.message === "string"
      ? [{ index: row.index, field: row.field, message: row.message }]
      : [],
  );
}

const isRowField = (value: string | undefined): value is RowField => rowFields.some((field) => field === value);

/**
 * Puts a refused `users.createMany` back onto the preview: a 400's issues (`users.<i>.<field>`)
 * and a 409's taken emails (`rows: [{ index, field }]`) land on their rows and cells; anything
 * else is about the batch. Undefined when the error names no row at all.
 */
export function serverRowProblems(error: unknown, rowCount: number): ServerRowProblems | undefined {
  const cells: ServerRowProblems["cells"] = new Map();
  const batch: string[] = [];
  const place = (index: number, field: string | undefined, message: string) => {
    if (!Number.isInteger(index) || index < 0 || index >= rowCount || !isRowField(field)) {
      batch.push(message);
      return;
    }
    const row = cells.get(index) ?? {};
    row[field] ??= fieldMessage(fieldLabel(field), { message }) ?? message;
    cells.set(index, row);
  };

  for (const row of conflictRows(error)) place(row.index, row.field, row.message);
  for (const issue of readErrorFacts(error).issues) {
    const [root, index, field] = issue.path.split(".");
    if (root === "users" && index !== undefined && /^\d+$/.test(index)) place(Number(index), field, issue.message);
    else batch.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return cells.size > 0 ? { cells, batch } : undefined;
}

/** The preview rows with the server's problems added to their cells. */
export function withServerProblems(rows: readonly CheckedRow[], problems: ServerRowProblems | undefined): CheckedRow[] {
  if (!problems) return [...rows];
  return rows.map((row) => {
    const server = problems.cells.get(row.index);
    return server ? { ...row, cellErrors: { ...server, ...row.cellErrors } } : row;
  });
}
