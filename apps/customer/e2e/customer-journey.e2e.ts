import { describe, expect, it } from "vitest";
import { e2eSuite, expectHeading, newPage, watchPage } from "@slotted/e2e";
import { newCustomer } from "./support/new-customer.ts";

const suite = e2eSuite("customer");

describe("a new customer, with the mouse", () => {
  it("signs up, books, sees it listed, reschedules, cancels and signs out", async () => {
    const { context, page } = await newPage(suite.browser, suite.server.url);
    const watch = watchPage(page);
    const customer = newCustomer("mouse");

    await page.goto("/");
    await expectHeading(page, /book a table/i);
    await watch.check("01-landing");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /create account/i })
      .click();
    await expectHeading(page, /create your account/i);
    await page.getByRole("button", { name: "Create account" }).click();
    // The browser runs the server's schema: empty fields are refused inline, before any request.
    await expect
      .poll(() => page.getByText(/is required/i).count())
      .toBeGreaterThan(0);
    await watch.check("02-sign-up-errors");
    await page.getByLabel("Your name").fill(customer.name);
    await page.getByLabel("Email").fill(customer.email);
    await page.getByLabel("Password", { exact: true }).fill(customer.password);
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL(/\/book/);
    await expectHeading(page, /book a table/i);
    await watch.check("03-book");
    // Next month is always within the booking horizon and never in the past.
    await page.locator(`button[slot="next"]`).click();
    const openDay = page
      .locator('[role="gridcell"] [role="button"]:not([aria-disabled="true"])')
      .first();
    await openDay.click();
    await page
      .getByRole("radiogroup")
      .or(page.getByRole("group", { name: /start time/i }))
      .first()
      .waitFor();
    // Times are radio buttons styled as tiles: a person clicks the tile (the radio's label).
    await page
      .locator('label:has(input[type="radio"]:not([disabled]))')
      .first()
      .click();
    await page.getByLabel("Phone").fill(customer.phone);
    await watch.check("04-book-filled");
    await page.getByRole("button", { name: "Review booking" }).click();
    await page.getByRole("heading", { name: "Review and confirm" }).waitFor();
    await watch.check("05-review");
    await page.getByRole("button", { name: "Confirm booking" }).click();

    await page.waitForURL(/\/book\/confirmed\//);
    const confirmation =
      (await page
        .getByText(/Booking reference/)
        .first()
        .textContent()) ?? "";
    const reference = /Booking reference (\S+)/.exec(confirmation)?.[1] ?? "";
    expect(reference).toMatch(/^[A-Z]+-[A-Z0-9]+$/);
    await watch.check("06-confirmed");

    await page.getByRole("link", { name: "See all my bookings" }).click();
    await expectHeading(page, /my bookings/i);
    const row = page.getByRole("link", { name: new RegExp(reference) });
    await row.waitFor();
    await watch.check("07-my-bookings");
    await row.click();
    await page.getByRole("button", { name: "Move to another time" }).click();
    const other = page
      .locator('label:has(input[type="radio"]:not([disabled]):not(:checked))')
      .last();
    const newTime = await other.locator("input").getAttribute("value");
    await other.click();
    await watch.check("08-reschedule");
    await page.getByRole("button", { name: "Move booking" }).click();
    await expect
      .poll(() => page.getByText(newTime ?? "??").count())
      .toBeGreaterThan(0);

    await page.getByRole("button", { name: "Cancel booking" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByLabel("Reason (optional)").fill("Plans changed");
    await watch.check("09-cancel-dialog");
    await dialog.getByRole("button", { name: "Cancel booking" }).click();
    await expect
      .poll(() => page.getByText(/cancelled/i).count())
      .toBeGreaterThan(0);
    await watch.check("10-cancelled");

    await page.getByRole("button", { name: "Sign out" }).click();
    // Signed out once the header offers signing in: only then is the session gone on the server,
    // so the next page load cannot race the sign-out request.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto("/bookings");
    await expectHeading(page, /sign in/i);
    watch.expectClean();
    await context.close();
  });
});
