import { describe, expect, it } from "vitest";
import { accountsCsv, parseUsersCsv } from "./parse-users-csv.ts";

describe("reading a users CSV", () => {
  it("takes the columns in any order and case, skips blank lines, and lets optional columns be left off", () => {
    const { rows, fileProblems } = parseUsersCsv('\uFEFFName, EMAIL ,Role\r\n"Lovelace, Ada",ada@example.com,staff\r\n\r\nGrace Hopper,grace@example.com\r\n');
    expect(fileProblems).toEqual([]);
    expect(rows).toEqual([
      { email: "ada@example.com", name: "Lovelace, Ada", role: "staff", password: "", lineProblems: [] },
      { email: "grace@example.com", name: "Grace Hopper", role: "", password: "", lineProblems: [] },
    ]);
  });

  it("names what is wrong with the header instead of guessing", () => {
    expect(parseUsersCsv("email,fullname\nada@example.com,Ada").fileProblems).toEqual([
      "The header must name the columns name. Start with a line like: email,name,role",
      'Unknown column "fullname": use only email, name, role and password.',
    ]);
    expect(parseUsersCsv("email,name,email\na@example.com,A,b@example.com").fileProblems).toEqual(['The header names "email" more than once.']);
  });

  it("flags a line with a value split by an unquoted comma, and an unclosed quote by its line", () => {
    const { rows, fileProblems } = parseUsersCsv('email,name\nada@example.com,Lovelace, Ada\ngrace@example.com,"Grace');
    expect(rows[0]?.lineProblems).toEqual([expect.stringContaining("a value with a comma needs quotes")]);
    expect(fileProblems).toEqual(["Line 3 has a quote that is never closed."]);
  });

  it("writes the created accounts back out with spreadsheet formulas defused", () => {
    expect(accountsCsv([{ email: "x@example.com", name: "=HYPERLINK(1)", role: "CUSTOMER", temporaryPassword: "tmp-1" }])).toBe(
      'email,name,role,temporaryPassword\r\nx@example.com,"\'=HYPERLINK(1)",CUSTOMER,tmp-1',
    );
  });
});
