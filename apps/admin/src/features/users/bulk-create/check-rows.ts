import { fieldMessage } from "@slotted/app-shell";
import { maxUsersPerBatch, newUserRow, type NewUserRow } from "@slotted/validators";
import type { CsvRow } from "./parse-users-csv.ts";

export type RowField = "email" | "name" | "role" | "password";
export const rowFields: readonly RowField[] = ["email", "name", "role", "password"];

const fieldLabels: Record<RowField, string> = { email: "Email", name: "Name", role: "Role", password: "Password" };
export const fieldLabel = (field: RowField) => fieldLabels[field];

const isRowField = (value: unknown): value is RowField => rowFields.some((field) => field === value);

/** A preview row: what the line says, and what is wrong with it, per cell and for the row. */
export interface CheckedRow {
  /** 0-based, as the server numbers rows (`users.<index>.email`). */
  index: number;
  values: CsvRow;
  /** The row as `users.createMany` takes it, when it passes the shared schema. */
  input: NewUserRow | undefined;
  cellErrors: Partial<Record<RowField, string>>;
  rowErrors: string[];
}

export const rowHasProblems = (row: CheckedRow) => row.rowErrors.length > 0 || Object.keys(row.cellErrors).length > 0;

/** What the browser sends for a line: blank role and password mean "the default" and "make one". */
function candidate(values: CsvRow) {
  return {
    email: values.email,
    name: values.name,
    ...(values.role.trim() === "" ? {} : { role: values.role.trim().toUpperCase() }),
    ...(values.password === "" ? {} : { password: values.password }),
  };
}

const rowList = (numbers: readonly number[]) =>
  numbers.length === 1 ? `row ${numbers[0]}` : `rows ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;

/**
 * Checks every line with the server's own row schema (`newUserRow`), then the batch rule of
 * `createUsersInput`: an email may appear once (compared as the server stores it, trimmed and
 * lower-cased). Row numbers in messages are the preview's, counted from 1.
 */
export function checkRows(rows: readonly CsvRow[]): CheckedRow[] {
  const checked = rows.map((values, index): CheckedRow => {
    const result = newUserRow.safeParse(candidate(values));
    const cellErrors: CheckedRow["cellErrors"] = {};
    const rowErrors = [...values.lineProblems];
    for (const issue of result.error?.issues ?? []) {
      const field = issue.path[0];
      if (isRowField(field)) cellErrors[field] ??= fieldMessage(fieldLabel(field), issue) ?? issue.message;
      else rowErrors.push(issue.message);
    }
    return { index, values, input: result.success ? result.data : undefined, cellErrors, rowErrors };
  });

  const rowsByEmail = new Map<string, number[]>();
  for (const row of checked) {
    const email = row.input?.email ?? row.values.email.trim().toLowerCase();
    if (email !== "") rowsByEmail.set(email, [...(rowsByEmail.get(email) ?? []), row.index]);
  }
  for (const indexes of rowsByEmail.values()) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      const row = checked[index];
      const others = indexes.filter((other) => other !== index).map((other) => other + 1);
      if (row) row.cellErrors.email ??= `Email is repeated in ${rowList(others)} of this batch`;
    }
  }
  return checked;
}

/** Why the batch as a whole cannot be sent (too many rows), or undefined. */
export function batchSizeProblem(rowCount: number): string | undefined {
  if (rowCount <= maxUsersPerBatch) return undefined;
  return `This CSV has ${rowCount} accounts; at most ${maxUsersPerBatch} can be created at once. Split it into smaller batches and add them one after another.`;
}

export { maxUsersPerBatch };
