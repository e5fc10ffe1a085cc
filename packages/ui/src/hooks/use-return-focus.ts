import { useRef } from "react";

/**
 * Radix dialogs return focus to their Trigger. Dialogs opened from state (no Trigger, e.g. a
 * ConfirmDialog opened by a row's Cancel button) would drop focus on <body>; this remembers what
 * had focus when the dialog opened and puts it back when it closes.
 */
export function useReturnFocus() {
  const previous = useRef<HTMLElement | null>(null);

  const onOpenAutoFocus = () => {
    const active = document.activeElement;
    previous.current = active instanceof HTMLElement && active !== document.body ? active : null;
  };

  const onCloseAutoFocus = (event: Event) => {
    const target = previous.current;
    previous.current = null;
    if (target?.isConnected) {
      event.preventDefault();
      target.focus();
    }
  };

  return { onOpenAutoFocus, onCloseAutoFocus };
}
