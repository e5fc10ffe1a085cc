import { formatDuration } from "@slotted/app-shell";

/** The `<option>`s of a "How long" select: the lengths the venue's rules allow, in words. */
export function DurationOptions({ choices }: { choices: readonly number[] }) {
  return choices.map((minutes) => (
    <option key={minutes} value={minutes}>
      {formatDuration(minutes)}
    </option>
  ));
}
