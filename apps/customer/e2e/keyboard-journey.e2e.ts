import { describe, expect, it } from "vitest";
import { e2eSuite, expectHeading, newPage, tabTo, watchPage } from "@slotted/e2e";
import { newCustomer } from "./support/new-customer.ts";

const suite = e2eSuite("customer");

describe("a new customer on a 360 px phone, with the keyboard alone", () => {
  it("signs up and books a table without touching the mouse", async () => {
    const { context, page } = await newPage(
      suite.browser,
      suite.server.url,
      "phone",
    );
    const watch = watchPage(page);
    const customer = newCustomer("keys");

    await page.goto("/sign-up");
    await expectHeading(page, /create your account/i);
    await watch.check("phone-01-sign-up");
    await tabTo(page, /your name/i);
    await page.keyboard.type(customer.name);
    await tabTo(page, /^email/i);
    await page.keyboard.type(customer.email);
    await tabTo(page, /^password/i);
    await page.keyboard.type(customer.password);
    await page.keyboard.press("Enter");

    await page.waitForURL(/\/book/);
    await expectHeading(page, /book a table/i);
    await page.locator('[role="gridcell"]').first().waitFor();
    await watch.check("phone-02-book");
    // The calendar is one tab stop; arrows move by day (across months too), Enter chooses.
    await tabTo(page, /today|, 20\d\d/i);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText(/^Chosen:/).count()).toBe(1);
    // The start times are one radio group: Tab lands on it, arrows pick another time.
    await page
      .locator('input[type="radio"]')
      .first()
      .waitFor({ state: "attached" });
    await tabTo(page, /^\d\d:\d\d/);
    await page.keyboard.press("ArrowRight");
    const chosenTime = await page.evaluate(
      () => (document.activeElement as HTMLInputElement).value,
    );
    expect(chosenTime).toMatch(/^\d\d:\d\d$/);
    await tabTo(page, /^phone/i);
    await page.keyboard.type(customer.phone);
    await tabTo(page, /review booking/i);
    await page.keyboard.press("Enter");

    const review = page.getByRole("heading", { name: "Review and confirm" });
    await review.waitFor();
    // Focus moved to the review, so the next Tab stop is its first action.
    expect(
      await review.evaluate((heading) => heading === document.activeElement),
    ).toBe(true);
    await watch.check("phone-03-review");
    await tabTo(page, /confirm booking/i);
    await page.keyboard.press("Enter");

    await page.waitForURL(/\/book\/confirmed\//);
    await expect
      .poll(() => page.getByText(chosenTime).count())
      .toBeGreaterThan(0);
    await watch.check("phone-04-confirmed");

    await tabTo(page, /see all my bookings/i);
    await page.keyboard.press("Enter");
    await expectHeading(page, /my bookings/i);
    await page.getByRole("link", { name: new RegExp(chosenTime) }).waitFor();
    await watch.check("phone-05-my-bookings");

    await page.goto("/account");
    await expectHeading(page, /account/i);
    await watch.check("phone-06-account");
    watch.expectClean();
    await context.close();
  });
});
