import { Badge, cn, Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@slotted/ui";
import { CircleAlert } from "lucide-react";
import { useId, type ReactNode } from "react";
import { roleLabel } from "../access-rules.ts";
import { roleNames } from "../users-search.ts";
import { rowHasProblems, type CheckedRow, type RowField } from "./check-rows.ts";

function roleShown(raw: string): string {
  const value = raw.trim().toUpperCase();
  if (value === "") return `${roleLabel("CUSTOMER")} (default)`;
  const known = roleNames.find((name) => name === value);
  return known ? roleLabel(known) : raw;
}

/** A cell of the preview: the value, and under it what is wrong with it (`aria-invalid` marks it). */
function PreviewCell({ error, children, id, className }: { error: string | undefined; children: ReactNode; id: string; className: string }) {
  return (
    <TableCell
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? id : undefined}
      className={cn("align-top", className, error && "bg-danger-subtle")}
    >
      <div className="flex flex-col gap-1">
        <span className="[overflow-wrap:anywhere]">{children}</span>
        {error ? (
          <span id={id} className="flex items-start gap-1 text-xs font-medium text-danger-strong">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
            {error}
          </span>
        ) : null}
      </div>
    </TableCell>
  );
}

/** Every line of the CSV as it will be sent, with each problem on its row and cell. */
export function PreviewTable({ rows }: { rows: readonly CheckedRow[] }) {
  const baseId = useId();
  const cellId = (row: CheckedRow, field: RowField | "row") => `${baseId}-${row.index}-${field}`;
  return (
    // Nothing to tab to in the rows: the wrapper takes focus so the keyboard can scroll it sideways.
    <Table scrollLabel="Accounts to create">
      <TableCaption className="sr-only">Accounts to create</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Row</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Password</TableHead>
          <TableHead>Check</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const problems = rowHasProblems(row);
          const count = Object.keys(row.cellErrors).length + row.rowErrors.length;
          return (
            <TableRow key={row.index} aria-invalid={problems || undefined} data-row={row.index + 1}>
              <TableHead scope="row" className="align-top font-normal text-muted-foreground">
                {row.index + 1}
              </TableHead>
              <PreviewCell error={row.cellErrors.email} id={cellId(row, "email")} className="min-w-52">
                {row.values.email || <span className="text-muted-foreground">(empty)</span>}
              </PreviewCell>
              <PreviewCell error={row.cellErrors.name} id={cellId(row, "name")} className="min-w-36">
                {row.values.name || <span className="text-muted-foreground">(empty)</span>}
              </PreviewCell>
              <PreviewCell error={row.cellErrors.role} id={cellId(row, "role")} className="min-w-40">
                {roleShown(row.values.role)}
              </PreviewCell>
              <PreviewCell error={row.cellErrors.password} id={cellId(row, "password")} className="min-w-32">
                {row.values.password === "" ? <span className="text-muted-foreground">We make one</span> : "Given in the CSV"}
              </PreviewCell>
              <TableCell className="min-w-32 align-top">
                <div className="flex flex-col items-start gap-1">
                  {problems ? <Badge tone="danger">{count === 1 ? "1 problem" : `${count} problems`}</Badge> : <Badge tone="success">Ready</Badge>}
                  {row.rowErrors.map((message) => (
                    <span key={message} className="text-xs font-medium text-danger-strong">
                      {message}
                    </span>
                  ))}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** "3 rows have problems", and what each one is, above the preview. */
export function problemSummary(rows: readonly CheckedRow[]): { count: number; lines: string[] } {
  const withProblems = rows.filter(rowHasProblems);
  return {
    count: withProblems.length,
    lines: withProblems.map((row) => `Row ${row.index + 1}${row.values.email ? ` (${row.values.email})` : ""}: ${[...Object.values(row.cellErrors), ...row.rowErrors].join("; ")}`),
  };
}
