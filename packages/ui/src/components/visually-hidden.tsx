import { type ComponentProps } from "react";
import { VisuallyHidden as RadixVisuallyHidden } from "radix-ui";

export type VisuallyHiddenProps = ComponentProps<typeof RadixVisuallyHidden.Root>;

/** Text for screen readers only. Radix hides it with inline styles, so it works before any CSS loads. */
export function VisuallyHidden(props: VisuallyHiddenProps) {
  return <RadixVisuallyHidden.Root {...props} />;
}
