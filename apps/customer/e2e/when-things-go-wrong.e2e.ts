import type { Page } from "@slotted/e2e";
import { describe, expect, it } from "vitest";
import { e2eSuite, expectHeading, newPage, watchPage } from "@slotted/e2e";

const authPerMinute = 3;
// A small sign-in budget, so the limit is reached in a few attempts rather than a dozen.
const suite = e2eSuite("customer", { RATE_LIMIT_AUTH_PER_MINUTE: String(authPerMinute) });

async function signInAttempt(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  // The button is busy while the server checks the password; wait for its answer.
  await page.waitForFunction(
    () => !document.querySelector('button[aria-busy="true"]'),
  );
}

describe("when things go wrong in the browser", () => {
  it("shows the request ID with an error, and the server logged the same ID", async () => {
    const { context, page } = await newPage(suite.browser, suite.server.url);
    const watch = watchPage(page);
    await page.goto("/sign-in");
    await expectHeading(page, /sign in/i);
    await signInAttempt(page, "nobody@example.com");

    const note = page.getByText(/Reference: \S+/).first();
    await note.waitFor();
    const requestId =
      /Reference: (\S+)/.exec((await note.textContent()) ?? "")?.[1] ?? "";
    expect(requestId).toMatch(/^[\w.-]{8,}$/);
    await watch.check("errors-01-sign-in-refused");
    // The same ID is on the server's log line for that request: support can find it.
    await expect
      .poll(() => suite.server.output().includes(`"requestId":"${requestId}`))
      .toBe(true);
    await context.close();
  });

  it("pauses sign-in with a live countdown after a 429, and the pause survives a reload", async () => {
    const { context, page } = await newPage(suite.browser, suite.server.url);
    const watch = watchPage(page);
    await page.goto("/sign-in");
    await expectHeading(page, /sign in/i);
    const signIn = page.getByRole("button", { name: "Sign in" });

    // Earlier tests may have spent part of the budget: try until the server says no.
    for (
      let attempt = 0;
      attempt <= authPerMinute && !(await signIn.isDisabled());
      attempt++
    ) {
      await signInAttempt(page, "limit@example.com");
    }
    const banner = page.getByText(/paused for \d+ s$/i);
    await banner.waitFor();
    expect(await signIn.isDisabled()).toBe(true);
    const before = Number(
      /(\d+) s/.exec((await banner.textContent()) ?? "")?.[1],
    );
    await watch.check("errors-02-rate-limited");

    await page.reload();
    await expectHeading(page, /sign in/i);
    await banner.waitFor();
    expect(
      await page.getByRole("button", { name: "Sign in" }).isDisabled(),
    ).toBe(true);
    // Still counting down after the reload, not restarted.
    await expect
      .poll(async () =>
        Number(/(\d+) s/.exec((await banner.textContent()) ?? "")?.[1]),
      )
      .toBeLessThan(before);
    await context.close();
  });
});
