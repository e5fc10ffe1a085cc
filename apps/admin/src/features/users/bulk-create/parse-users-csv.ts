import Papa from "papaparse";

export const csvColumns = ["email", "name", "role", "password"] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** One line of the CSV after the header, as text (nothing checked yet). */
export interface CsvRow {
  email: string;
  name: string;
  role: string;
  password: string;
  /** Problems with the line itself (a missing or extra value, an unclosed quote). */
  lineProblems: string[];
}

export interface ParsedUsersCsv {
  rows: CsvRow[];
  /** Problems with the file as a whole (header, quotes); after a header problem no rows are read. */
  fileProblems: string[];
}

const isColumn = (name: string): name is CsvColumn => csvColumns.some((column) => column === name);

const quoteProblem: Partial<Record<Papa.ParseError["code"], string>> = {
  MissingQuotes: "has a quote that is never closed",
  InvalidQuotes: "has a stray quote; put quotes around the whole value",
};

/** 1-based line of a character offset, for errors papaparse places by offset only. */
const lineAt = (source: string, offset: number) => source.slice(0, offset).split(/\r\n|\r|\n/).length;

const normaliseHeader = (header: string) => header.trim().toLowerCase();

/** What is wrong with the first line, read on its own (a repeated column is refused here, before papaparse would rename it). */
function headerProblems(source: string): string[] {
  const header = (Papa.parse<string[]>(source, { preview: 1 }).data[0] ?? []).map(normaliseHeader);
  const problems: string[] = [];
  const missing = (["email", "name"] as const).filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const looksLikeData = header.some((field) => field.includes("@"));
    problems.push(
      looksLikeData
        ? "The first line looks like an account, not a header. Add a first line naming the columns: email,name,role"
        : `The header must name the columns ${missing.join(" and ")}. Start with a line like: email,name,role`,
    );
  }
  const repeated = [...new Set(header.filter((field, index) => field !== "" && header.indexOf(field) !== index))];
  if (repeated.length > 0) problems.push(`The header names ${repeated.map((field) => `"${field}"`).join(", ")} more than once.`);
  const unknown = header.filter((field) => field !== "" && !isColumn(field));
  if (unknown.length > 0) {
    problems.push(`Unknown ${unknown.length === 1 ? "column" : "columns"} ${unknown.map((field) => `"${field}"`).join(", ")}: use only email, name, role and password.`);
  }
  return problems;
}

/**
 * Reads pasted or uploaded CSV: a header line naming the columns (`email,name,role`, role and
 * password optional, any order, any case), then one account per line. Blank lines are skipped.
 */
export function parseUsersCsv(text: string): ParsedUsersCsv {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return { rows: [], fileProblems: [] };

  const badHeader = headerProblems(source);
  if (badHeader.length > 0) return { rows: [], fileProblems: badHeader };

  const result = Papa.parse<Record<string, string | undefined>>(source, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: normaliseHeader,
  });

  // Too few values is fine when only optional columns are left off (the row checks catch a
  // missing email or name); too many means a value was split, e.g. an unquoted comma.
  const fileProblems: string[] = [];
  const problemsByRow = new Map<number, string[]>();
  for (const error of result.errors) {
    if (error.code === "TooManyFields" && error.row !== undefined) {
      problemsByRow.set(error.row, [
        ...(problemsByRow.get(error.row) ?? []),
        "This line has more values than the header has columns; a value with a comma needs quotes around it",
      ]);
    }
    const quote = quoteProblem[error.code];
    if (quote) fileProblems.push(`Line ${lineAt(source, error.index ?? 0)} ${quote}.`);
  }
  const rows = result.data.map((record, index) => ({
    email: record.email ?? "",
    name: record.name ?? "",
    role: record.role ?? "",
    password: record.password ?? "",
    lineProblems: problemsByRow.get(index) ?? [],
  }));
  return { rows, fileProblems };
}


/** A CSV of the created accounts, with spreadsheet formulas defused (a name like `=HYPERLINK(…)`). */
export function accountsCsv(rows: readonly { email: string; name: string; role: string; temporaryPassword?: string | undefined }[]): string {
  return Papa.unparse(
    {
      fields: ["email", "name", "role", "temporaryPassword"],
      data: rows.map((row) => [row.email, row.name, row.role, row.temporaryPassword ?? ""]),
    },
    { escapeFormulae: true },
  );
}
