import { ErrorNotice } from "@slotted/app-shell";
import { toUiError, useTRPC, type RouterOutputs } from "@slotted/client";
import { Banner, Button, ConfirmDialog, Dialog, DialogContent, Field, Select, SkeletonText, toast } from "@slotted/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { hasPermission } from "@slotted/validators";
import { useState } from "react";
import type { StaffUser } from "../access";
import { accessRules, roleChangeConsequence, roleLabel } from "./access-rules.ts";
import { BookingRecord } from "./booking-record.tsx";
import { UserBookingsLink } from "./user-bookings-link.tsx";
import { LastSignIn } from "./last-sign-in.tsx";
import { AccountStatusBadge, Moment, RoleBadge } from "./user-badges.tsx";
import { roleNames, type RoleName } from "./users-search.ts";

type UserDetail = RouterOutputs["users"]["byId"];

interface UserDetailsDialogProps {
  userId: string;
  viewer: StaffUser;
  onClose: () => void;
}

/** One account's details over the users list, opened from the URL (`?user=<id>`). */
export function UserDetailsDialog({ userId, viewer, onClose }: UserDetailsDialogProps) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.users.byId.queryOptions({ id: userId }));
  const user = detail.data;

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        title={user ? user.name : "Account details"}
        description={user ? <span className="break-all">{user.email}</span> : "Loading the account…"}
        className="max-w-xl"
      >
        {detail.error ? (
          <ErrorNotice error={detail.error} title="We couldn't load this account" onRetry={() => void detail.refetch()} />
        ) : !user ? (
          <div role="status" aria-label="Loading the account">
            <SkeletonText lines={5} />
          </div>
        ) : (
          <>
            <UserFacts user={user} />
            {hasPermission(viewer.role, "users:write") ? (
              <AccessControls key={user.id} user={user} viewer={viewer} />
            ) : (
              <p className="rounded-control bg-muted p-3 text-sm text-muted-foreground">
                Only admins can change this account's role or deactivate it.
              </p>
            )}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

function UserFacts({ user }: { user: UserDetail }) {
  const sessions = user.activeSessions;
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-muted-foreground">Role</dt>
        <dd>
          <RoleBadge role={user.role} />
        </dd>
        <dt className="text-muted-foreground">Status</dt>
        <dd>
          <AccountStatusBadge user={user} />
        </dd>
        <dt className="text-muted-foreground">Joined</dt>
        <dd>
          <Moment value={user.createdAt} />
        </dd>
        <dt className="text-muted-foreground">Last sign-in</dt>
        <dd>
          <LastSignIn value={user.lastLoginAt} />
        </dd>
        <dt className="text-muted-foreground">Last changed</dt>
        <dd>
          <Moment value={user.updatedAt} />
        </dd>
        <dt className="text-muted-foreground">Signed in on</dt>
        <dd>{sessions === 0 ? "No devices right now" : `${sessions} ${sessions === 1 ? "device" : "devices"} (active sessions)`}</dd>
        <BookingRecord user={user} />
      </dl>
      <UserBookingsLink user={user} />
    </div>
  );
}

type PendingChange = { kind: "role"; role: RoleName } | { kind: "activation"; isActive: boolean };

function AccessControls({ user, viewer }: { user: UserDetail; viewer: StaffUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<RoleName>(user.role);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const activeAdmins = useQuery({
    ...trpc.users.list.queryOptions({ role: "ADMIN", isActive: true, perPage: 1 }),
    enabled: user.role === "ADMIN" && user.isActive,
    select: (page) => page.total,
  });
  const rules = accessRules(viewer, user, activeAdmins.data);

  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() })]);
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: (updated) => {
        toast({ tone: "success", title: successMessage(updated.name, pending) });
        setPending(null);
        void refresh();
      },
      // A 409 means the roster changed under us: refetch, so the rules above show the new state.
      onError: (error) => {
        if (toUiError(error).code === "CONFLICT") void refresh();
      },
    }),
  );

  const open = (change: PendingChange) => {
    update.reset();
    setPending(change);
  };
  const confirm = () => {
    if (!pending) return;
    const change = pending.kind === "role" ? { role: pending.role } : { isActive: pending.isActive };
    return update.mutateAsync({ id: user.id, ...change }).then(() => undefined);
  };

  return (
    <section aria-labelledby="access-heading" className="flex flex-col gap-3 border-t border-border pt-4">
      <h3 id="access-heading" className="text-base font-semibold">
        Access
      </h3>
      {activeAdmins.error ? (
        <ErrorNotice error={activeAdmins.error} title="We couldn't check how many admins there are" onRetry={() => void activeAdmins.refetch()} />
      ) : null}
      {rules.reasons.length > 0 ? (
        <Banner tone="info" live="off" title="Why you can't change this account's access">
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {rules.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Banner>
      ) : rules.pending ? (
        <div role="status" aria-label="Checking the admins">
          <SkeletonText lines={2} />
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <Field label="Role" className="sm:w-48">
              {(control) => (
                <Select {...control} value={role} onChange={(event) => setRole(roleNames.find((name) => name === event.target.value) ?? user.role)}>
                  {roleNames.map((name) => (
                    <option key={name} value={name}>
                      {roleLabel(name)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Button type="button" variant="secondary" disabled={role === user.role} onClick={() => open({ kind: "role", role })}>
              Change role
            </Button>
          </div>
          <div className="flex flex-col gap-2">
            {user.isActive ? (
              <>
                <p className="text-sm text-muted-foreground">Deactivating signs them out on every device and stops them signing in. Their bookings stay.</p>
                <Button type="button" variant="destructive" className="self-start" onClick={() => open({ kind: "activation", isActive: false })}>
                  Deactivate account
                </Button>
              </>
            ) : (
              <>
                <p className="text-sm text-muted-foreground">This account is deactivated: they can't sign in.</p>
                <Button type="button" variant="secondary" className="self-start" onClick={() => open({ kind: "activation", isActive: true })}>
                  Reactivate account
                </Button>
              </>
            )}
          </div>
        </div>
      )}

      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(next) => !next && setPending(null)}
        title={pending ? confirmTitle(user.name, pending) : ""}
        description={pending ? confirmConsequence(user, pending) : ""}
        confirmLabel={pending?.kind === "role" ? `Make ${roleLabel(pending.role).toLowerCase()}` : pending?.isActive ? "Reactivate" : "Deactivate and sign out"}
        tone={pending?.kind === "activation" && !pending.isActive ? "destructive" : "default"}
        onConfirm={confirm}
        pending={update.isPending}
      >
        {update.error ? <ErrorNotice error={update.error} title="Nothing was changed" /> : null}
      </ConfirmDialog>
    </section>
  );
}

function confirmTitle(name: string, change: PendingChange): string {
  if (change.kind === "role") return `Make ${name} ${roleLabel(change.role).toLowerCase()}?`;
  return change.isActive ? `Reactivate ${name}?` : `Deactivate ${name}?`;
}

function confirmConsequence(user: UserDetail, change: PendingChange): string {
  if (change.kind === "role") return roleChangeConsequence(user.name, change.role);
  if (change.isActive) return `${user.name} can sign in again with their existing password.`;
  const sessions = user.activeSessions;
  const signedIn = sessions === 0 ? "They are not signed in anywhere right now." : `This ends their ${sessions} active ${sessions === 1 ? "session" : "sessions"} at once.`;
  return `${user.name} will be signed out everywhere and can't sign in until an admin reactivates the account. ${signedIn} Their bookings stay as they are.`;
}

function successMessage(name: string, change: PendingChange | null): string {
  if (change?.kind === "role") return `${name} is now ${roleLabel(change.role).toLowerCase()}`;
  if (change?.kind === "activation") return change.isActive ? `${name} can sign in again` : `${name} was deactivated and signed out everywhere`;
  return `${name} was updated`;
}
