import { Button, Field, Input, Select, useDebouncedValue } from "@slotted/ui";
import { useEffect, useState } from "react";
import { readSearchText } from "../../lib/list-search.ts";
import { roleLabel } from "./access-rules.ts";
import {
  activeFilters,
  roleNames,
  verifiedFilters,
  type ActiveFilter,
  type RoleName,
  type UsersSearch,
  type VerifiedFilter,
} from "./users-search.ts";

/** How long typing must pause before the list is asked again. */
export const searchDebounceMs = 300;

type FilterPatch = Pick<UsersSearch, "q" | "role" | "active" | "verified">;

interface UsersFiltersProps {
  search: UsersSearch;
  /** Applies filters (and resets the page); `replace` for typing, so each keystroke is not a history entry. */
  onChange: (patch: FilterPatch, options?: { replace: boolean }) => void;
}

const activeWords: Record<ActiveFilter, string> = { active: "Active", inactive: "Deactivated" };
const isRole = (value: string): value is RoleName => roleNames.some((role) => role === value);
const isActiveFilter = (value: string): value is ActiveFilter => activeFilters.some((filter) => filter === value);
const verifiedWords: Record<VerifiedFilter, string> = { verified: "Verified", unverified: "Not verified" };
const isVerifiedFilter = (value: string): value is VerifiedFilter => verifiedFilters.some((filter) => filter === value);

/** Search box (debounced), role, status and email filters: each writes the URL, which drives the list. */
export function UsersFilters({ search, onChange }: UsersFiltersProps) {
  const { q, role, active, verified } = search;
  const [text, setText] = useState(q ?? "");
  const settled = readSearchText(useDebouncedValue(text, searchDebounceMs));

  // The URL changed by another way (back button, "Clear filters"): show what it now holds.
  // What typing wrote is always the settled text, so that case never resets the box mid-word.
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    if (q !== settled) setText(q ?? "");
  }

  useEffect(() => {
    if (settled !== q) onChange({ q: settled }, { replace: true });
    // Only a settled change of the text searches; a URL change is handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const filtered = q !== undefined || role !== undefined || active !== undefined || verified !== undefined;

  return (
    <div role="search" aria-label="Filter users" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
      <Field label="Search" hint="Name or email" className="sm:min-w-64 sm:flex-1">
        {(control) => <Input {...control} type="search" value={text} onChange={(event) => setText(event.target.value)} maxLength={100} autoComplete="off" />}
      </Field>
      <Field label="Role" className="sm:w-44">
        {(control) => (
          <Select {...control} value={role ?? ""} onChange={(event) => onChange({ role: isRole(event.target.value) ? event.target.value : undefined })}>
            <option value="">All roles</option>
            {roleNames.map((name) => (
              <option key={name} value={name}>
                {roleLabel(name)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Status" className="sm:w-44">
        {(control) => (
          <Select
            {...control}
            value={active ?? ""}
            onChange={(event) => onChange({ active: isActiveFilter(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">Any status</option>
            {activeFilters.map((filter) => (
              <option key={filter} value={filter}>
                {activeWords[filter]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Email" className="sm:w-44">
        {(control) => (
          <Select
            {...control}
            value={verified ?? ""}
            onChange={(event) => onChange({ verified: isVerifiedFilter(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">Any</option>
            {verifiedFilters.map((filter) => (
              <option key={filter} value={filter}>
                {verifiedWords[filter]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {filtered ? (
        <Button
          type="button"
          variant="ghost"
          className="self-start sm:self-end"
          onClick={() => {
            setText("");
            onChange({ q: undefined, role: undefined, active: undefined, verified: undefined });
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
