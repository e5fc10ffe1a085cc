import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DataTable, type DataTableColumn } from "./data-table.tsx";

interface Person {
  id: string;
  name: string;
  email: string;
}
const columns: DataTableColumn<Person, "name">[] = [
  { id: "name", header: "Name", cell: (person) => person.name, sortKey: "name" },
  { id: "email", header: "Email", cell: (person) => person.email },
];
const people: Person[] = [
  { id: "1", name: "Ada", email: "ada@example.com" },
  { id: "2", name: "Grace", email: "grace@example.com" },
];

describe("DataTable", () => {
  it("renders a page of rows and says where in the list it is", () => {
    render(
      <DataTable
        caption="People"
        columns={columns}
        rows={people}
        rowId={(person) => person.id}
        empty={<p>No one</p>}
        pagination={{ page: 2, totalPages: 3, total: 42, perPage: 20, onPageChange: () => undefined }}
      />,
    );
    const table = screen.getByRole("table", { name: "People" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(within(table).getByRole("cell", { name: "grace@example.com" })).toBeInTheDocument();
    expect(screen.getByText("Showing 21–22 of 42")).toBeInTheDocument();
  });

  it("says the total is a lower bound when the server stopped counting", () => {
    render(
      <DataTable
        caption="People"
        columns={columns}
        rows={people}
        rowId={(person) => person.id}
        empty={<p>No one</p>}
        pagination={{ page: 1, totalPages: 500, total: 10_000, totalIsExact: false, perPage: 20, onPageChange: () => undefined }}
      />,
    );
    expect(screen.getByText("Showing 1–2 of at least 10,000")).toBeInTheDocument();
  });

  it("sorts through header buttons and tells screen readers the current order", async () => {
    const onSortChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <DataTable caption="People" columns={columns} rows={people} rowId={(p) => p.id} empty={null} onSortChange={onSortChange} />,
    );
    expect(screen.getByRole("columnheader", { name: /name/i })).toHaveAttribute("aria-sort", "none");
    // Email has no server sort key: no button, no aria-sort.
    expect(within(screen.getByRole("columnheader", { name: "Email" })).queryByRole("button")).toBeNull();

    await user.click(screen.getByRole("button", { name: /name/i }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: "name", order: "asc" });

    rerender(
      <DataTable
        caption="People"
        columns={columns}
        rows={people}
        rowId={(p) => p.id}
        empty={null}
        sort={{ key: "name", order: "asc" }}
        onSortChange={onSortChange}
      />,
    );
    expect(screen.getByRole("columnheader", { name: /name/i })).toHaveAttribute("aria-sort", "ascending");
    await user.click(screen.getByRole("button", { name: /name/i }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: "name", order: "desc" });
  });

  it("shows skeleton rows while loading and the empty state for an empty page", () => {
    const { rerender } = render(<DataTable caption="People" columns={columns} rows={undefined} rowId={(p) => p.id} empty={<p>No one matches</p>} />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading people…");
    rerender(<DataTable caption="People" columns={columns} rows={[]} rowId={(p) => p.id} empty={<p>No one matches</p>} />);
    expect(screen.getByText("No one matches")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
