import { e2eSuite, expectHeading, newPage, watchPage } from "@slotted/e2e";
import { describe, expect, it } from "vitest";
import { createVenueData } from "./support/venue-data.ts";

const admin = { email: "owner@slotted.test", password: "harbour-lantern-quartz-2026" };
const suite = e2eSuite("admin", { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });

describe("the admin console, in Chromium against the real server", () => {
  it("signs in as the bootstrap admin, confirms a booking, deactivates a user, finds both in the audit log, reads the confirmation mail and opens System", async () => {
    const data = await createVenueData(suite.server.url);
    const { context, page } = await newPage(suite.browser, suite.server.url);
    const watch = watchPage(page);

    // A signed-out visitor is sent to sign in, then on to the dashboard.
    await page.goto("/admin/");
    await expectHeading(page, "Sign in to the console");
    await watch.check("admin-sign-in");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectHeading(page, "Dashboard");
    // The charts arrive on their own lazy chunk after the page: wait for one to draw.
    await page.getByRole("figure", { name: "Requests per second" }).locator("svg.recharts-surface").first().waitFor();
    await watch.check("admin-dashboard");

    // The day sheet of the booking's date shows it with its party size.
    await page.goto(`/admin/bookings?view=day&date=${data.booking.date}`);
    await expectHeading(page, "Bookings");
    await page.getByText(data.booking.reference).first().waitFor();
    await watch.check("admin-day-sheet");

    // Find the PENDING booking in the list and confirm it from its drawer.
    await page.goto(`/admin/bookings?view=list&q=${data.booking.reference}`);
    await page.getByRole("link", { name: new RegExp(data.booking.reference) }).first().click();
    const drawer = page.getByRole("dialog", { name: `Booking ${data.booking.reference}` });
    await drawer.getByRole("heading", { name: "History" }).waitFor();
    await drawer.getByRole("button", { name: "Confirm", exact: true }).waitFor();
    await watch.check("admin-booking-drawer");
    await drawer.getByRole("button", { name: "Confirm", exact: true }).click();
    await page.getByText(`${data.booking.reference} is now confirmed`).first().waitFor();
    await drawer.getByText("Confirmed", { exact: true }).first().waitFor();
    await drawer.getByRole("button", { name: "Close" }).click();
    await drawer.waitFor({ state: "detached" });

    // Deactivate the second customer, after the confirmation dialog.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Users" }).click();
    await expectHeading(page, "Users");
    await page.getByLabel("Search").fill(data.leaver.email);
    await page.getByText("Showing 1–1 of 1").waitFor();
    await page.getByRole("link", { name: data.leaver.name }).click();
    const details = page.getByRole("dialog", { name: data.leaver.name });
    await details.getByRole("button", { name: "Deactivate account" }).waitFor();
    await watch.check("admin-user-details");
    await details.getByRole("button", { name: "Deactivate account" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate and sign out" }).click();
    await details.getByRole("button", { name: "Reactivate account" }).waitFor();
    await details.getByRole("button", { name: "Close" }).click();
    await watch.check("admin-users");

    // Both changes are in the audit log, newest first, each linked to what it concerns.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit log" }).click();
    await expectHeading(page, "Audit log");
    const log = page.getByRole("table");
    await log.getByText("Deactivated an account").first().waitFor();
    await expect(log.getByRole("link", { name: data.leaver.name }).count()).resolves.toBeGreaterThan(0);
    await expect(log.getByText("Changed a booking's status").count()).resolves.toBeGreaterThan(0);
    await expect(log.getByRole("link", { name: new RegExp(data.booking.reference) }).count()).resolves.toBeGreaterThan(0);
    await watch.check("admin-audit");

    // The confirmation mail was a job committed with the status change; the worker inside the
    // server delivered it to the dev mailbox (no SMTP_URL here) within seconds.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Mailbox" }).click();
    await expectHeading(page, "Mailbox");
    const confirmationMail = page.getByRole("link", { name: `Booking ${data.booking.reference} confirmed`, exact: false });
    await expect
      .poll(
        async () => {
          if ((await confirmationMail.count()) === 0) await page.reload();
          return confirmationMail.count();
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    await confirmationMail.first().click();
    await page.getByRole("heading", { name: new RegExp(`Booking ${data.booking.reference} confirmed`) }).waitFor();
    await expect(page.locator("pre").textContent()).resolves.toContain(data.booking.reference);
    await watch.check("admin-mailbox");

    // System: every check reads as a word with its reason.
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "System" }).click();
    await expectHeading(page, "System");
    await page.getByText(/PostgreSQL|PGlite/).first().waitFor();
    await watch.check("admin-system");

    // The bulk-create preview, with one bad row marked.
    await page.goto("/admin/users/import");
    await expectHeading(page, "Add users");
    await page
      .getByLabel("Or paste CSV")
      .fill(`email,name,role\nlin@example.com,Lin Huiyin,STAFF\nnot-an-email,Bad Row,CHEF\n${data.leaver.email.toUpperCase()},Taken Already,CUSTOMER`);
    await page.getByText("1 row has a problem").first().waitFor();
    await watch.check("admin-bulk-create");

    watch.expectClean();
    await context.close();
  });

  it("shows a customer who signs in a clear 'no access' page instead of the console", async () => {
    const data = await createVenueData(suite.server.url);
    const { context, page } = await newPage(suite.browser, suite.server.url, "phone");
    const watch = watchPage(page);
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(data.booker.email);
    await page.getByLabel("Password").fill(data.booker.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectHeading(page, "No access to the console");
    await watch.check("admin-no-access");
    expect(await page.getByRole("navigation", { name: "Console" }).count()).toBe(0);
    watch.expectClean();
    await context.close();
  });
});
