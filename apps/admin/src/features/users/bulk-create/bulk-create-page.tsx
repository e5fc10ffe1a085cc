import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { useTRPC, type RouterOutputs } from "@slotted/client";
import { Banner, Button, EmptyState, Field, Input, Textarea, toast } from "@slotted/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ArrowLeft } from "lucide-react";
import { useDeferredValue, useId, useMemo, useState, type ChangeEvent } from "react";
import { hasPermission } from "@slotted/validators";
import type { StaffUser } from "../../access";
import { batchSizeProblem, checkRows, maxUsersPerBatch, rowHasProblems } from "./check-rows.ts";
import { CreatedAccounts } from "./created-accounts.tsx";
import { parseUsersCsv } from "./parse-users-csv.ts";
import { PreviewTable, problemSummary } from "./preview-table.tsx";
import { serverRowProblems, withServerProblems } from "./server-problems.ts";

type CreatedAccount = RouterOutputs["users"]["createMany"]["created"][number];

/** Far more than 100 accounts' worth of CSV: anything bigger is the wrong file. */
const maxFileBytes = 512 * 1024;

export interface BulkCreatePageProps {
  viewer: StaffUser;
}

/** "Add users": up to 100 accounts from pasted or uploaded CSV, checked row by row, created all or nothing. */
export default function BulkCreatePage({ viewer }: BulkCreatePageProps) {
  const [created, setCreated] = useState<readonly CreatedAccount[] | null>(null);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link to="/users" className="inline-flex items-center gap-1 self-start text-sm font-medium text-brand-700 underline underline-offset-4">
          <ArrowLeft aria-hidden="true" className="size-4" />
          All users
        </Link>
        <PageHeading title="Add users" />
      </div>
      {!hasPermission(viewer.role, "users:write") ? (
        <EmptyState
          title="Only admins can add accounts"
          description={`Your account has the ${viewer.role} role: you can look accounts up, and an admin can add new ones.`}
          action={
            <Button asChild>
              <Link to="/users">Back to users</Link>
            </Button>
          }
        />
      ) : created ? (
        <CreatedAccounts created={created} onAddMore={() => setCreated(null)} />
      ) : (
        <BulkCreateForm onCreated={setCreated} />
      )}
    </div>
  );
}

interface Failure {
  /** The CSV the server refused; its row problems stay on the preview until the CSV changes. */
  text: string;
  error: unknown;
}

function BulkCreateForm({ onCreated }: { onCreated: (created: readonly CreatedAccount[]) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [fileProblem, setFileProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | null>(null);
  const blockedReasonId = useId();

  // Typing stays quick while a long paste is parsed and checked.
  const checkedText = useDeferredValue(text);
  const parsed = useMemo(() => parseUsersCsv(checkedText), [checkedText]);
  const localRows = useMemo(() => checkRows(parsed.rows), [parsed]);
  const serverFailure = failure && failure.text === checkedText ? failure : null;
  const serverProblems = serverFailure ? serverRowProblems(serverFailure.error, localRows.length) : undefined;
  const rows = withServerProblems(localRows, serverProblems);
  const summary = problemSummary(rows);
  const sizeProblem = batchSizeProblem(rows.length);

  const create = useMutation(
    trpc.users.createMany.mutationOptions({
      onSuccess: ({ created }) => {
        toast({ tone: "success", title: `Created ${created.length} ${created.length === 1 ? "account" : "accounts"}` });
        void queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
        onCreated(created);
      },
    }),
  );

  const blockedReason =
    checkedText !== text
      ? "Checking…"
      : rows.length === 0
        ? parsed.fileProblems.length > 0
          ? "Fix the CSV's header first."
          : "Paste CSV or choose a file to see the accounts here first."
        : parsed.fileProblems.length > 0
          ? "Fix the problems with the CSV above first."
          : sizeProblem
            ? `Remove rows until there are at most ${maxUsersPerBatch}.`
            : summary.count > 0
              ? `Fix the ${summary.count === 1 ? "row" : `${summary.count} rows`} with problems first; nothing is created until every row is right.`
              : undefined;

  const submit = () => {
    if (blockedReason !== undefined || rows.some(rowHasProblems)) return;
    const users = rows.flatMap((row) => (row.input ? [row.input] : []));
    const sent = checkedText;
    create.mutate({ users }, { onError: (error) => setFailure({ text: sent, error }) });
  };

  const changeText = (next: string) => {
    setText(next);
    setFileProblem(undefined);
  };
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > maxFileBytes) {
      setFileProblem(`${file.name} is ${Math.ceil(file.size / 1024)} KB: a CSV of ${maxUsersPerBatch} accounts is far smaller. Check it's the right file.`);
      return;
    }
    file.text().then(changeText, () => setFileProblem(`We couldn't read ${file.name}. Try saving it again as CSV, or paste its contents below.`));
  };

  return (
    <form
      className="flex flex-col gap-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="flex flex-col gap-2 text-sm">
        <p>
          One account per line, after a header line naming the columns: <code className="rounded bg-muted px-1 font-mono">email,name,role</code>. The
          role is CUSTOMER, STAFF or ADMIN (CUSTOMER when left out). A <code className="rounded bg-muted px-1 font-mono">password</code> column is
          optional: for each row without one we make a temporary password and show it to you once.
        </p>
        <p className="text-muted-foreground">
          Up to {maxUsersPerBatch} accounts at a time. It's all or nothing: if any row is refused, no account is created.
        </p>
      </div>

      <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
        <Field label="CSV file" hint="A .csv file saved from a spreadsheet" error={fileProblem}>
          {(control) => <Input {...control} type="file" accept=".csv,text/csv" onChange={chooseFile} className="py-1.5" />}
        </Field>
        <Field label="Or paste CSV" hint="Choosing a file puts its contents here, to check or edit">
          {(control) => (
            <Textarea
              {...control}
              rows={8}
              value={text}
              spellCheck={false}
              autoComplete="off"
              placeholder={"email,name,role\nada@example.com,Ada Lovelace,STAFF"}
              className="font-mono text-sm"
              onChange={(event) => changeText(event.target.value)}
            />
          )}
        </Field>
      </div>

      {parsed.fileProblems.length > 0 ? (
        <Banner tone="error" live="polite" title="The CSV can't be read as it is">
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {parsed.fileProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {sizeProblem ? (
        <Banner tone="error" live="polite" title={`Too many accounts for one batch (${rows.length})`}>
          {sizeProblem}
        </Banner>
      ) : null}

      {rows.length > 0 ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Check the accounts
          </h2>
          {summary.count > 0 ? (
            <Banner tone="error" live="polite" title={summary.count === 1 ? "1 row has a problem" : `${summary.count} rows have problems`}>
              <ul className="flex list-disc flex-col gap-1 pl-5">
                {summary.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Banner>
          ) : (
            <Banner tone="success" live="polite" title={`${rows.length === 1 ? "The row is" : `All ${rows.length} rows are`} ready to create`} />
          )}
          <PreviewTable rows={rows} />
        </section>
      ) : null}

      {serverFailure ? (
        <ErrorNotice
          error={serverFailure.error}
          title={serverProblems ? "Nothing was created: the server refused the marked rows" : "Nothing was created"}
        />
      ) : null}
      {serverProblems && serverProblems.batch.length > 0 ? (
        <Banner tone="error" live="off" title="Also refused">
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {serverProblems.batch.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Banner>
      ) : null}

      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button
          type="submit"
          loading={create.isPending}
          disabled={blockedReason !== undefined}
          aria-describedby={blockedReason ? blockedReasonId : undefined}
          className="self-start"
        >
          {rows.length > 0 && rows.length <= maxUsersPerBatch ? `Create ${rows.length} ${rows.length === 1 ? "account" : "accounts"}` : "Create accounts"}
        </Button>
        {blockedReason ? (
          <p id={blockedReasonId} className="text-sm text-muted-foreground">
            {blockedReason}
          </p>
        ) : null}
      </div>
    </form>
  );
}
