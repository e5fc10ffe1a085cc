// @vitest-environment node
import { measureInitialBundle } from "@slotted/bundle-size";
import { describe, expect, it } from "vitest";

/**
 * The dashboard's initial JavaScript (entry chunk + dashboard route chunk + their static
 * imports, gzip -9): a size, not a timing. Issue 10's budget is 200 kB, with the chart library
 * on a lazy chunk of its own.
 */
const budgetBytes = 200_000;

describe("the console's first load", () => {
  it(`stays within ${budgetBytes / 1000} kB of gzip JavaScript and leaves the charts for later`, { timeout: 120_000 }, async () => {
    const bundle = await measureInitialBundle(new URL("..", import.meta.url).pathname, "src/routes/_console/index.tsx");
    expect(bundle.files.length).toBeGreaterThan(0);
    expect(bundle.totalGzipBytes).toBeLessThanOrEqual(budgetBytes);
    const chartModules = bundle.files.flatMap((file) => file.moduleIds).filter((id) => /node_modules\/.*recharts\//.test(id));
    expect(chartModules).toEqual([]);
  });
});
