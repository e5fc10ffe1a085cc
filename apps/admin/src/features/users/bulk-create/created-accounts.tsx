import type { RouterOutputs } from "@slotted/client";
import { Banner, Button, ConfirmDialog, Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@slotted/ui";
import { Link, useBlocker } from "@tanstack/react-router";
import { Copy, Download } from "lucide-react";
import { useState } from "react";
import { RoleBadge } from "../user-badges.tsx";
import { accountsCsv } from "./parse-users-csv.ts";

type CreatedAccount = RouterOutputs["users"]["createMany"]["created"][number];

interface CreatedAccountsProps {
  created: readonly CreatedAccount[];
  onAddMore: () => void;
}

/**
 * The accounts just created, with the temporary passwords the server made: shown this once and
 * never again, so the page offers to copy or download them and asks before leaving without.
 */
export function CreatedAccounts({ created, onAddMore }: CreatedAccountsProps) {
  const withPasswords = created.filter((account) => account.temporaryPassword !== undefined);
  const [saved, setSaved] = useState(withPasswords.length === 0);
  const [copyStatus, setCopyStatus] = useState("");
  // "Add more users" clears this page without navigating, so the router's blocker can't see it.
  const [confirmAddMore, setConfirmAddMore] = useState(false);
  const blocker = useBlocker({ shouldBlockFn: () => !saved, enableBeforeUnload: () => !saved, withResolver: true });
  const csv = accountsCsv(created);

  const copy = () => {
    if (!("clipboard" in navigator)) {
      setCopyStatus("This browser can't copy here: use Download CSV instead.");
      return;
    }
    navigator.clipboard.writeText(csv).then(
      () => {
        setSaved(true);
        setCopyStatus(`Copied ${created.length} ${created.length === 1 ? "account" : "accounts"} as CSV.`);
      },
      () => setCopyStatus("Copying was refused: use Download CSV instead."),
    );
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `new-accounts-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
    setSaved(true);
    setCopyStatus("Downloaded the CSV.");
  };

  return (
    <section aria-labelledby="created-heading" className="flex flex-col gap-4">
      <h2 id="created-heading" className="text-xl font-semibold">
        Created {created.length} {created.length === 1 ? "account" : "accounts"}
      </h2>
      {withPasswords.length > 0 ? (
        <Banner tone="warning" title="Copy the temporary passwords now: they are shown only this once">
          {withPasswords.length === 1 ? "One account" : `${withPasswords.length} accounts`} got a password made for them. It isn't stored anywhere we
          can show you again, so copy or download them before you leave this page. Give each person theirs privately and ask them to change it after
          signing in.
        </Banner>
      ) : (
        <Banner tone="success" title="Every account was created with the password from your CSV" />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" onClick={copy}>
          <Copy aria-hidden="true" />
          Copy all as CSV
        </Button>
        <Button type="button" variant="secondary" onClick={download}>
          <Download aria-hidden="true" />
          Download CSV
        </Button>
        <p role="status" className="text-sm text-muted-foreground">
          {copyStatus}
        </p>
      </div>
      <Table scrollLabel="Created accounts">
        <TableCaption className="sr-only">Created accounts</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Email</TableHead>
            <TableHead>Name</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Temporary password</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {created.map((account) => (
            <TableRow key={account.id}>
              <TableCell className="break-all">{account.email}</TableCell>
              <TableCell>{account.name}</TableCell>
              <TableCell>
                <RoleBadge role={account.role} />
              </TableCell>
              <TableCell>
                {account.temporaryPassword === undefined ? (
                  <span className="text-muted-foreground">Set from your CSV</span>
                ) : (
                  <code className="rounded bg-muted px-1.5 py-0.5 font-mono break-all select-all">{account.temporaryPassword}</code>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => (saved ? onAddMore() : setConfirmAddMore(true))}>
          Add more users
        </Button>
        <Button asChild variant="ghost">
          <Link to="/users">Back to users</Link>
        </Button>
      </div>

      <ConfirmDialog
        open={blocker.status === "blocked" || confirmAddMore}
        onOpenChange={(open) => {
          if (open) return;
          setConfirmAddMore(false);
          blocker.reset?.();
        }}
        title="Leave without the passwords?"
        description="You haven't copied or downloaded the temporary passwords, and they are never shown again: without them these people can't sign in."
        confirmLabel="Leave anyway"
        cancelLabel="Stay and copy them"
        tone="destructive"
        onConfirm={() => {
          if (confirmAddMore) onAddMore();
          else blocker.proceed?.();
        }}
      />
    </section>
  );
}
