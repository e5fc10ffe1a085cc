import type { RouterOutputs } from "@slotted/client";
import { testError, testProcedure, testRouter } from "@slotted/client/testing";
import { createTableInput, updateTableInput } from "@slotted/validators";
import { createAdminBackend, type AdminBackend } from "../../../test/admin-backend.ts";

export type VenueTable = RouterOutputs["tables"]["list"]["items"][number];

const at = new Date("2026-05-01T09:00:00Z");
export const testTable = (id: string, name: string, seats: number, area: string | null, isActive = true): VenueTable => ({
  id,
  name,
  seats,
  area,
  isActive,
  createdAt: at,
  updatedAt: at,
});

const freshTables = () => [
  testTable("7a1b2c3d-0000-4000-8000-000000000001", "Table 2", 2, "Terrace"),
  testTable("7a1b2c3d-0000-4000-8000-000000000002", "Table 10", 4, "Terrace", false),
];

export interface TablesBackend extends AdminBackend {
  tables: { items: VenueTable[] };
  resetTables(): void;
}

/** tables.list/create/update in memory, with the server's schemas and its case-insensitive unique name (409 on `name`). */
export function createTablesBackend(): TablesBackend {
  const state = { items: freshTables() };
  const assertNameFree = (name: string, exceptId?: string) => {
    const clash = state.items.find((table) => table.id !== exceptId && table.name.toLowerCase() === name.toLowerCase());
    if (clash) throw testError("CONFLICT", { message: `There is already a table called "${clash.name}"; choose another name`, field: "name" });
  };
  const backend = createAdminBackend((tools) =>
    testRouter({
      tables: testRouter({
        list: testProcedure.query(() => {
          tools.record("tables.list", undefined);
          tools.signedIn();
          return { items: state.items };
        }),
        create: testProcedure.input((raw) => (tools.record("tables.create", raw), createTableInput.parse(raw))).mutation(({ input }) => {
          tools.signedIn();
          assertNameFree(input.name);
          const created = testTable(`7a1b2c3d-0000-4000-8000-${String(state.items.length + 1).padStart(12, "0")}`, input.name, input.seats, input.area ?? null, input.isActive ?? true);
          state.items = [...state.items, created];
          return created;
        }),
        update: testProcedure.input((raw) => (tools.record("tables.update", raw), updateTableInput.parse(raw))).mutation(({ input }) => {
          tools.signedIn();
          const before = state.items.find((table) => table.id === input.id);
          if (!before) throw testError("NOT_FOUND", { message: "Table not found" });
          if (input.name !== undefined) assertNameFree(input.name, before.id);
          const after: VenueTable = {
            ...before,
            name: input.name ?? before.name,
            seats: input.seats ?? before.seats,
            area: input.area === undefined ? before.area : input.area,
            isActive: input.isActive ?? before.isActive,
          };
          state.items = state.items.map((table) => (table.id === after.id ? after : table));
          return after;
        }),
      }),
    }),
  );
  return Object.assign(backend, {
    tables: state,
    resetTables: () => {
      state.items = freshTables();
      backend.reset();
    },
  });
}
