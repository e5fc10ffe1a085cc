import { describe, expect, it } from "vitest";
import { listAuditInput } from "./audit.ts";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("listAuditInput", () => {
  it("trims the identifier filters", () => {
    expect(listAuditInput.parse({ action: " booking.created ", targetType: "Booking", targetId: "SLT-ABC234" })).toMatchObject({
      action: "booking.created",
      targetType: "Booking",
      targetId: "SLT-ABC234",
    });
  });

  it("refuses NUL and other control characters in every filter, naming it", () => {
    for (const field of ["action", "targetType", "targetId"]) {
      expect(paths(listAuditInput.safeParse({ [field]: "\u0000" }))).toEqual([field]);
      expect(paths(listAuditInput.safeParse({ [field]: "booking\u009Bcreated" }))).toEqual([field]);
    }
  });
});
