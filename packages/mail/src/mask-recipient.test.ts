import { describe, expect, it } from "vitest";
import { maskRecipient } from "./mask-recipient.ts";

describe("maskRecipient", () => {
  it.each([
    ["jane.doe@example.com", "j***@example.com"],
    ["j@example.com", "j***@example.com"],
    ["  Jane.Doe@Example.COM ", "J***@Example.COM"],
    ["Jane Doe <jane.doe@example.com>", "j***@example.com"],
    ['"odd@local"@example.com', '"***@example.com'],
    ["émile@exemple.fr", "é***@exemple.fr"],
    ["@example.com", "***@example.com"],
    ["jane@", "j***@"],
    ["not an address", "***"],
    ["", "***"],
  ])("%j → %j", (input, masked) => {
    expect(maskRecipient(input)).toBe(masked);
  });
});
