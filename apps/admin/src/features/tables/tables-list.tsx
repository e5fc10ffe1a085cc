import { Badge, Button, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@slotted/ui";
import type { VenueTable } from "./table-form.tsx";

interface TablesListProps {
  tables: readonly VenueTable[];
  editingId: string | undefined;
  editButtonRef: (id: string, button: HTMLButtonElement | null) => void;
  onEdit: (table: VenueTable) => void;
}

/** Every table in floor order (area, then name), with an Edit button each. */
export function TablesList({ tables, editingId, editButtonRef, onEdit }: TablesListProps) {
  return (
    <Table aria-labelledby="tables-heading">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Name</TableHead>
          <TableHead scope="col">Seats</TableHead>
          <TableHead scope="col">Area</TableHead>
          <TableHead scope="col">Status</TableHead>
          <TableHead scope="col">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tables.map((table) => (
          <TableRow key={table.id}>
            <TableCell className="font-medium">{table.name}</TableCell>
            <TableCell className="tabular-nums">{table.seats}</TableCell>
            <TableCell>{table.area ?? <span className="text-muted-foreground">None</span>}</TableCell>
            <TableCell>{table.isActive ? <Badge tone="success">In use</Badge> : <Badge tone="neutral">Not in use</Badge>}</TableCell>
            <TableCell className="text-right">
              <Button
                ref={(button) => editButtonRef(table.id, button)}
                type="button"
                variant="secondary"
                size="sm"
                aria-label={`Edit ${table.name}`}
                aria-expanded={editingId === table.id}
                onClick={() => onEdit(table)}
              >
                Edit
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
