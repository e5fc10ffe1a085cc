import { e2eSuite, expectHeading, newPage, tabTo, watchPage } from "@slotted/e2e";
import { describe, expect, it } from "vitest";
import { createVenueData } from "./support/venue-data.ts";

const admin = { email: "keys@slotted.test", password: "copper-meadow-signal-2026" };
const suite = e2eSuite("admin", { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });

const focusedText = (page: Parameters<typeof tabTo>[0]) => page.evaluate(() => document.activeElement?.textContent.trim() ?? "");

describe("the console with the keyboard alone, on a 360 px phone", () => {
  it("signs in, opens a booking's drawer from the list and returns focus when it closes", async () => {
    const data = await createVenueData(suite.server.url);
    const { context, page } = await newPage(suite.browser, suite.server.url, "phone");
    const watch = watchPage(page);

    await page.goto("/admin/sign-in");
    // Tab only once the app has rendered; before that, focus has nowhere to go but the body.
    await expectHeading(page, "Sign in to the console");
    await tabTo(page, /^Email/);
    await page.keyboard.type(admin.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(admin.password);
    await page.keyboard.press("Enter");
    await expectHeading(page, "Dashboard");
    await page.getByRole("figure", { name: "Requests per second" }).locator("svg.recharts-surface").first().waitFor();
    await watch.check("admin-phone-dashboard");

    await page.goto(`/admin/bookings?view=list&q=${data.booking.reference}`);
    await expectHeading(page, "Bookings");
    await page.getByRole("cell", { name: data.booking.reference }).first().waitFor();
    // Anchored: the focusable tab panel around the table also contains the reference in its text.
    await tabTo(page, new RegExp(`^${data.booking.reference}`));
    await page.keyboard.press("Enter");
    const drawer = page.getByRole("dialog", { name: `Booking ${data.booking.reference}` });
    await drawer.getByRole("button", { name: "Confirm", exact: true }).waitFor();
    // Focus is inside the drawer, and Tab stays there (the page behind is inert).
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    for (let press = 0; press < 12; press++) await page.keyboard.press("Tab");
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await watch.check("admin-phone-booking-drawer");

    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
    expect(await focusedText(page)).toContain(data.booking.reference);
    expect(new URL(page.url()).searchParams.get("booking")).toBeNull();

    // The users table: the menu, the search box and a user's details, all from the keyboard.
    await page.goto(`/admin/users?q=${encodeURIComponent(data.leaver.email)}`);
    await expectHeading(page, "Users");
    await page.getByRole("cell", { name: data.leaver.name }).first().waitFor();
    await tabTo(page, new RegExp(`^${data.leaver.name}`));
    await page.keyboard.press("Enter");
    const details = page.getByRole("dialog", { name: data.leaver.name });
    await details.getByRole("button", { name: "Deactivate account" }).waitFor();
    await watch.check("admin-phone-user-details");
    await page.keyboard.press("Escape");
    await details.waitFor({ state: "detached" });
    expect(await focusedText(page)).toContain(data.leaver.name);

    watch.expectClean();
    await context.close();
  });
});
