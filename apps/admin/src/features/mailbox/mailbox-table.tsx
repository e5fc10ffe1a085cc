import type { RouterOutputs } from "@slotted/client";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { DataTable, type DataTableColumn } from "../../components/data-table.tsx";
import { Moment } from "../users/user-badges.tsx";

type MailboxPage = RouterOutputs["mailbox"]["list"];
export type Mail = MailboxPage["items"][number];

const columns: readonly DataTableColumn<Mail>[] = [
  { id: "createdAt", header: "When", className: "whitespace-nowrap", cell: (mail) => <Moment value={mail.createdAt} /> },
  { id: "to", header: "To", cell: (mail) => <span className="[overflow-wrap:anywhere]">{mail.to}</span> },
  {
    id: "subject",
    header: "Subject",
    className: "min-w-48",
    cell: (mail) => (
      <Link
        from="/mailbox"
        search={(previous) => ({ ...previous, mail: mail.id })}
        className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900"
      >
        {mail.subject}
      </Link>
    ),
  },
  { id: "template", header: "Template", cell: (mail) => <code className="text-xs">{mail.template}</code> },
];

interface MailboxTableProps {
  page: MailboxPage | undefined;
  refreshing: boolean;
  onPageChange: (page: number) => void;
  empty: ReactNode;
}

/** One page of kept mails, newest first; a subject opens that mail (`?mail=<id>`). */
export function MailboxTable({ page, refreshing, onPageChange, empty }: MailboxTableProps) {
  return (
    <DataTable
      caption="Mailbox"
      columns={columns}
      rows={page?.items}
      rowId={(mail) => mail.id}
      empty={empty}
      refreshing={refreshing}
      pagination={page ? { page: page.page, totalPages: page.totalPages, total: page.total, perPage: page.perPage, onPageChange } : undefined}
    />
  );
}
