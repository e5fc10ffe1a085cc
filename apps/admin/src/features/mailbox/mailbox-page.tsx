import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { EmptyState } from "@slotted/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { MailView } from "./mail-view.tsx";
import { mailboxListInput, type MailboxSearch } from "./mailbox-search.ts";
import { MailboxTable } from "./mailbox-table.tsx";

/** The development mailbox (ADMIN): mail the worker kept instead of sending, newest first. */
export function MailboxPage({ search }: { search: MailboxSearch }) {
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/mailbox" });
  const list = useQuery({ ...trpc.mailbox.list.queryOptions(mailboxListInput(search)), placeholderData: keepPreviousData });
  const setSearch = (patch: Partial<MailboxSearch>) => void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const open = search.mail ? list.data?.items.find((mail) => mail.id === search.mail) : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <PageHeading title="Mailbox" />
        <p className="max-w-prose text-sm text-muted-foreground">
          Mail the app sent while no SMTP server is configured, kept here so you can read it and follow its links.
        </p>
      </div>

      <p role="status" className="sr-only">
        {list.isPending ? "Loading the mailbox" : list.data ? `${list.data.total} ${list.data.total === 1 ? "mail" : "mails"}` : ""}
      </p>
      {list.error && !list.data ? (
        <ErrorNotice error={list.error} title="We couldn't load the mailbox" onRetry={() => void list.refetch()} />
      ) : (
        <MailboxTable
          page={list.data}
          refreshing={list.isPlaceholderData}
          onPageChange={(page) => setSearch({ page: page === 1 ? undefined : page, mail: undefined })}
          empty={<EmptyState title="No mail yet" description="Mail sent while no SMTP server is configured appears here." />}
        />
      )}
      {list.error && list.data ? <ErrorNotice error={list.error} title="We couldn't refresh the mailbox" onRetry={() => void list.refetch()} /> : null}
      {open ? <MailView key={open.id} mail={open} onClose={() => setSearch({ mail: undefined })} /> : null}
    </div>
  );
}
