import { describe, expect, it } from "vitest";
import { paginate } from "./pagination.ts";

const rows = Array.from({ length: 45 }, (_, i) => i + 1);
const source = {
  count: () => Promise.resolve(rows.length),
  findPage: ({ skip, take }: { skip: number; take: number }) => Promise.resolve(rows.slice(skip, skip + take)),
};

describe("paginate", () => {
  it("returns the requested window and an accurate envelope", async () => {
    expect(await paginate({ page: 2, perPage: 20 }, source)).toEqual({
      items: rows.slice(20, 40),
      total: 45,
      totalIsExact: true,
      page: 2,
      perPage: 20,
      totalPages: 3,
      hasNext: true,
      hasPrev: true,
    });
  });

  it("handles the last page, a page past the end and an empty result", async () => {
    expect(await paginate({ page: 3, perPage: 20 }, source)).toMatchObject({ items: rows.slice(40), hasNext: false });
    expect(await paginate({ page: 9, perPage: 20 }, source)).toMatchObject({ items: [], total: 45, hasNext: false, hasPrev: true });
    const empty = await paginate({ page: 1, perPage: 20 }, { count: () => Promise.resolve(0), findPage: () => Promise.resolve([]) });
    expect(empty).toMatchObject({ items: [], total: 0, totalPages: 0, hasNext: false, hasPrev: false });
  });

  it("runs the count and the page query concurrently", async () => {
    const order: string[] = [];
    const slow = (label: string) => new Promise<void>((resolve) => setTimeout(() => (order.push(label), resolve()), 30));
    await paginate({ page: 1, perPage: 5 }, {
      count: async () => {
        order.push("count:start");
        await slow("count:end");
        return 0;
      },
      findPage: async () => {
        order.push("page:start");
        await slow("page:end");
        return [];
      },
    });
    expect(order.slice(0, 2)).toEqual(["count:start", "page:start"]);
  });
});
