import { toUiError, useTRPC, type RouterOutputs } from "@slotted/client";
import { Banner, Button, ConfirmDialog, Skeleton } from "@slotted/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorNotice, formatMoment } from "@slotted/app-shell";
import { describeDevice } from "./describe-device.ts";

type Session = RouterOutputs["auth"]["sessions"]["sessions"][number];

/** Where the account is signed in: end one session, or every session but this one. */
export function SessionsPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions());
  const [confirmOthers, setConfirmOthers] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
  const revoke = useMutation(
    trpc.auth.revokeSession.mutationOptions({
      onSuccess: async () => {
        setNotice("Session signed out.");
        await refresh();
      },
    }),
  );
  const revokeOthers = useMutation({
    // One call per session; the client batches them into a single request.
    mutationFn: (ids: string[]) => Promise.all(ids.map((id) => revoke.mutateAsync({ id }))),
    onSuccess: async (results) => {
      setNotice(results.length === 1 ? "Signed out of 1 other session." : `Signed out of ${results.length} other sessions.`);
      setConfirmOthers(false);
      await refresh();
    },
  });

  const others = sessions.data?.sessions.filter((session) => !session.current) ?? [];
  const error = revokeOthers.error ?? revoke.error;

  return (
    <div className="flex flex-col gap-4">
      {notice ? <Banner tone="success" title={notice} onDismiss={() => setNotice(null)} /> : null}
      {error && toUiError(error).status !== 429 ? <ErrorNotice error={error} title="That session was not signed out" /> : null}
      {sessions.isError ? (
        <ErrorNotice error={sessions.error} title="We couldn't load your sessions" onRetry={() => void sessions.refetch()} />
      ) : !sessions.data ? (
        <ul className="flex flex-col gap-3" aria-hidden="true">
          {[0, 1].map((index) => (
            <li key={index} className="flex flex-col gap-2 rounded-card border border-border p-4">
              <Skeleton className="h-5 w-48" />
              <Skeleton className="h-4 w-64 max-w-full" />
            </li>
          ))}
        </ul>
      ) : (
        <ul className="flex flex-col gap-3">
          {sessions.data.sessions.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              pending={revoke.isPending && revoke.variables.id === session.id}
              onRevoke={() => {
                setNotice(null);
                revoke.mutate({ id: session.id });
              }}
            />
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => setConfirmOthers(true)}>
            Sign out everywhere else
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmOthers}
        onOpenChange={setConfirmOthers}
        title="Sign out everywhere else?"
        description={`This ends ${others.length === 1 ? "1 other session" : `${others.length} other sessions`}. You stay signed in here.`}
        confirmLabel="Sign them out"
        tone="destructive"
        pending={revokeOthers.isPending}
        onConfirm={() => revokeOthers.mutateAsync(others.map((session) => session.id)).then(() => undefined, () => undefined)}
      />
    </div>
  );
}

function SessionRow({ session, pending, onRevoke }: { session: Session; pending: boolean; onRevoke: () => void }) {
  const device = describeDevice(session.userAgent);
  return (
    <li className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <p className="font-medium text-foreground">
          {device}
          {session.current ? <span className="ml-2 text-sm font-normal text-success-strong">(this device)</span> : null}
        </p>
        <p className="text-sm text-muted-foreground">
          Signed in {formatMoment(session.createdAt)} · last active {formatMoment(session.lastUsedAt)}
        </p>
      </div>
      {session.current ? null : (
        <Button type="button" variant="secondary" size="sm" loading={pending} onClick={onRevoke} aria-label={`Sign out ${device}, last active ${formatMoment(session.lastUsedAt)}`}>
          Sign out
        </Button>
      )}
    </li>
  );
}
