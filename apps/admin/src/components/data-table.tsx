import {
  Pagination,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableSkeleton,
} from "@slotted/ui";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useMemo, type ReactNode } from "react";

export type SortOrder = "asc" | "desc";

export interface TableSort<SortKey extends string> {
  key: SortKey;
  order: SortOrder;
}

export interface DataTableColumn<Row, SortKey extends string = never> {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The server's sort key for this column; columns without one do not sort. */
  sortKey?: SortKey;
  className?: string;
}

export interface DataTableProps<Row, SortKey extends string = never> {
  /** Names the table for screen readers (a visually hidden caption). */
  caption: string;
  columns: readonly DataTableColumn<Row, SortKey>[];
  /** undefined while the first page loads: the table shows skeleton rows. */
  rows: readonly Row[] | undefined;
  rowId: (row: Row) => string;
  sort?: TableSort<SortKey> | undefined;
  onSortChange?: (sort: TableSort<SortKey>) => void;
  /** Shown instead of the table when a loaded page holds no rows. */
  empty: ReactNode;
  pagination?: {
    page: number;
    totalPages: number;
    total: number;
    /** False when the server stopped counting (a broad search): the total is a lower bound. */
    totalIsExact?: boolean;
    perPage: number;
    onPageChange: (page: number) => void;
  };
  /** True while a newer page or sort loads over the current rows. */
  refreshing?: boolean;
}

const ariaSort = (order: SortOrder | undefined) => (order === "asc" ? "ascending" : order === "desc" ? "descending" : "none");

/**
 * One page of a server-paginated, server-sorted list (TanStack Table in manual mode: the server
 * sorts and pages, the table renders). Sortable headers are buttons, and `aria-sort` tells
 * screen readers the current order; the page links sit below the rows.
 */
export function DataTable<Row, SortKey extends string = never>({
  caption,
  columns,
  rows,
  rowId,
  sort,
  onSortChange,
  empty,
  pagination,
  refreshing = false,
}: DataTableProps<Row, SortKey>) {
  const columnDefs = useMemo<ColumnDef<Row>[]>(
    () => columns.map((column) => ({ id: column.id, header: column.header, cell: ({ row }) => column.cell(row.original) })),
    [columns],
  );
  const data = useMemo(() => (rows ? [...rows] : []), [rows]);
  // The table instance is read fresh on every render; nothing here relies on memoising it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: rowId,
    manualSorting: true,
    manualPagination: true,
  });

  if (rows === undefined) return <TableSkeleton rows={8} columns={columns.length} label={`Loading ${caption.toLowerCase()}…`} />;
  if (rows.length === 0) return <>{empty}</>;

  const first = pagination ? (pagination.page - 1) * pagination.perPage + 1 : 1;
  const last = pagination ? first + rows.length - 1 : rows.length;

  return (
    <div className="flex flex-col gap-3">
      <Table aria-busy={refreshing} className={refreshing ? "opacity-60 transition-opacity" : undefined}>
        <TableCaption className="sr-only">{caption}</TableCaption>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header, index) => {
                const column = columns[index];
                const sortKey = column?.sortKey;
                const order = sortKey !== undefined && sort?.key === sortKey ? sort.order : undefined;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <TableHead key={header.id} scope="col" aria-sort={sortKey !== undefined ? ariaSort(order) : undefined} className={column?.className}>
                    {sortKey !== undefined && onSortChange ? (
                      <button
                        type="button"
                        className="-mx-2 inline-flex items-center gap-1 rounded-control px-2 py-1 font-medium hover:bg-surface"
                        onClick={() => onSortChange({ key: sortKey, order: order === "asc" ? "desc" : "asc" })}
                      >
                        {label}
                        {order === "asc" ? (
                          <ArrowUp aria-hidden="true" className="size-4" />
                        ) : order === "desc" ? (
                          <ArrowDown aria-hidden="true" className="size-4" />
                        ) : (
                          <ArrowUpDown aria-hidden="true" className="size-4 text-muted-foreground" />
                        )}
                      </button>
                    ) : (
                      label
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow key={row.id}>
              {row.getVisibleCells().map((cell, index) => (
                <TableCell key={cell.id} className={columns[index]?.className}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pagination ? (
        <div className="flex flex-col items-center justify-between gap-2 sm:flex-row">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            Showing {first}–{last} of {pagination.totalIsExact === false ? `at least ${pagination.total.toLocaleString()}` : pagination.total}
          </p>
          <Pagination page={pagination.page} totalPages={pagination.totalPages} onPageChange={pagination.onPageChange} label={`${caption} pages`} />
        </div>
      ) : null}
    </div>
  );
}
