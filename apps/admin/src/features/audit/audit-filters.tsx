import { toUiError, useTRPC } from "@slotted/client";
import { Button, Field, Input, Select } from "@slotted/ui";
import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type SyntheticEvent } from "react";
import { auditTargetTypes, uuidPattern, type AuditSearch, type AuditTargetType } from "./audit-search.ts";
import { auditActions, isKnownAction } from "./audit-words.ts";

type FilterPatch = Pick<AuditSearch, "actor" | "action" | "targetType" | "target">;

interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: FilterPatch) => void;
}

const otherAction = "__other";
const targetWords: Record<AuditTargetType, string> = { user: "Accounts", booking: "Bookings" };
const isTargetType = (value: string): value is AuditTargetType => auditTargetTypes.some((type) => type === value);

/**
 * Who, what and on what: the action and target type apply as they are chosen; the text boxes
 * (actor, other action, target ID) on "Apply". The actor may be typed as an email, a name or a
 * user ID; the URL always holds the ID.
 */
export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actorAccount = useQuery(trpc.users.byId.queryOptions(search.actor ? { id: search.actor } : skipToken));

  const [actorText, setActorText] = useState(search.actor ?? "");
  const [actionText, setActionText] = useState(search.action && !isKnownAction(search.action) ? search.action : "");
  const [otherChosen, setOtherChosen] = useState(search.action !== undefined && !isKnownAction(search.action));
  const [targetText, setTargetText] = useState(search.target ?? "");
  const [actorProblem, setActorProblem] = useState<string | undefined>();
  const [resolving, setResolving] = useState(false);

  // When the URL changes another way (back button, "Clear filters"), the boxes show what it holds.
  const [shown, setShown] = useState(search);
  if (shown.actor !== search.actor || shown.action !== search.action || shown.target !== search.target) {
    setShown(search);
    if (shown.actor !== search.actor && actorText.trim().toLowerCase() !== search.actor) setActorText(search.actor ?? "");
    if (shown.action !== search.action) {
      const other = search.action !== undefined && !isKnownAction(search.action);
      setOtherChosen(other);
      setActionText(other ? (search.action ?? "") : "");
    }
    if (shown.target !== search.target) setTargetText(search.target ?? "");
  }
  // A UUID in the box reads better as the account's email once it has loaded.
  const account = actorAccount.data;
  if (account && search.actor === account.id && actorText === account.id) setActorText(account.email);

  /** The user ID the actor box stands for, or a message saying why there is none. */
  const resolveActor = async (typed: string): Promise<{ id: string | undefined } | { problem: string }> => {
    const value = typed.trim();
    if (value === "") return { id: undefined };
    if (uuidPattern.test(value)) return { id: value.toLowerCase() };
    if (account && value.toLowerCase() === account.email) return { id: account.id };
    const page = await queryClient.query(trpc.users.list.queryOptions({ search: value.slice(0, 100), perPage: 10 }));
    const exact = page.items.find((candidate) => candidate.email === value.toLowerCase());
    if (exact) return { id: exact.id };
    const [only] = page.items;
    if (page.total === 1 && only) return { id: only.id };
    if (page.total === 0) return { problem: `No account matches “${value}”. Type their email, or paste their user ID.` };
    return { problem: `${page.total} accounts match “${value}”. Type the full email to choose one.` };
  };

  const apply = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setActorProblem(undefined);
    setResolving(true);
    try {
      const actor = await resolveActor(actorText);
      if ("problem" in actor) {
        setActorProblem(actor.problem);
        return;
      }
      onChange({
        actor: actor.id,
        action: otherChosen ? actionText.trim() || undefined : search.action,
        target: targetText.trim() || undefined,
      });
    } catch (error) {
      setActorProblem(`We couldn't look up that account: ${toUiError(error).message}`);
    } finally {
      setResolving(false);
    }
  };

  const filtered = search.actor !== undefined || search.action !== undefined || search.targetType !== undefined || search.target !== undefined;

  return (
    <form role="search" aria-label="Filter the audit log" noValidate onSubmit={(event) => void apply(event)} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Actor" hint="Email, name or user ID" error={actorProblem}>
          {(control) => (
            <Input
              {...control}
              value={actorText}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setActorText(event.target.value);
                setActorProblem(undefined);
              }}
            />
          )}
        </Field>
        <Field label="Action" hint="What was done">
          {(control) => (
            <Select
              {...control}
              value={otherChosen ? otherAction : (search.action ?? "")}
              onChange={(event) => {
                const value = event.target.value;
                if (value === otherAction) {
                  setOtherChosen(true);
                  return;
                }
                setOtherChosen(false);
                setActionText("");
                onChange({ action: value === "" ? undefined : value });
              }}
            >
              <option value="">Any action</option>
              {auditActions.map((known) => (
                <option key={known.action} value={known.action}>
                  {known.label}
                </option>
              ))}
              <option value={otherAction}>Another action (type its name)</option>
            </Select>
          )}
        </Field>
        <Field label="Target type" hint="What was changed">
          {(control) => (
            <Select
              {...control}
              value={search.targetType ?? ""}
              onChange={(event) => onChange({ targetType: isTargetType(event.target.value) ? event.target.value : undefined })}
            >
              <option value="">Anything</option>
              {auditTargetTypes.map((type) => (
                <option key={type} value={type}>
                  {targetWords[type]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Target ID" hint="A user or booking ID">
          {(control) => (
            <Input {...control} value={targetText} autoComplete="off" spellCheck={false} maxLength={100} onChange={(event) => setTargetText(event.target.value)} />
          )}
        </Field>
        {otherChosen ? (
          <Field label="Action name" hint="e.g. user.renamed">
            {(control) => (
              <Input {...control} value={actionText} autoComplete="off" spellCheck={false} maxLength={64} onChange={(event) => setActionText(event.target.value)} />
            )}
          </Field>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="secondary" loading={resolving}>
          Apply filters
        </Button>
        {filtered ? (
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setActorText("");
              setActorProblem(undefined);
              setOtherChosen(false);
              setActionText("");
              setTargetText("");
              onChange({ actor: undefined, action: undefined, targetType: undefined, target: undefined });
            }}
          >
            Clear filters
          </Button>
        ) : null}
        {account && search.actor === account.id ? (
          <p className="text-sm text-muted-foreground">
            Changes made by <span className="font-medium text-foreground">{account.name}</span> ({account.email})
          </p>
        ) : null}
      </div>
    </form>
  );
}
