import { type ReactNode, useRef, useState } from "react";
import { AlertDialog } from "radix-ui";
import { cn } from "../cn.ts";
import { useReturnFocus } from "../hooks/use-return-focus.ts";
import { Button } from "./button.tsx";
import { dialogPanelClassName, overlayClassName } from "./dialog.tsx";

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: "default" | "destructive";
  /**
   * Runs once per confirmation. The dialog stays open: close it from here (or from the
   * mutation's success) with `onOpenChange(false)`. While a returned promise is pending the
   * dialog shows as pending too. Handle failures inside (e.g. the mutation's onError): a
   * rejection leaves the dialog open for another try.
   */
  onConfirm: () => void | Promise<void>;
  pending?: boolean;
  /** Extra content between the description and the buttons, e.g. a reason field. */
  children?: ReactNode;
  className?: string;
}

/**
 * "Are you sure?" on Radix AlertDialog: focus starts on Cancel, is trapped, Escape cancels, and
 * focus goes back to whatever opened it. While pending, nothing can close it or confirm twice.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "default",
  onConfirm,
  pending = false,
  children,
  className,
}: ConfirmDialogProps) {
  const returnFocus = useReturnFocus();
  const [running, setRunning] = useState(false);
  // A ref, not state: a double click lands twice before React re-renders with `running`.
  const inFlight = useRef(false);
  const panel = useRef<HTMLDivElement>(null);
  const busy = pending || running;

  const confirm = () => {
    if (busy || inFlight.current) return;
    inFlight.current = true;
    // The buttons are about to be disabled, which would drop focus on <body>; keep it in the dialog.
    panel.current?.focus();
    setRunning(true);
    void Promise.resolve()
      .then(onConfirm)
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = false;
        setRunning(false);
      });
  };

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next && busy) return;
        onOpenChange(next);
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClassName} />
        <AlertDialog.Content
          ref={panel}
          className={cn(dialogPanelClassName, className)}
          aria-busy={busy || undefined}
          onOpenAutoFocus={returnFocus.onOpenAutoFocus}
          onCloseAutoFocus={returnFocus.onCloseAutoFocus}
          onEscapeKeyDown={(event) => {
            if (busy) event.preventDefault();
          }}
        >
          <div className="flex flex-col gap-1.5">
            <AlertDialog.Title className="text-lg font-semibold text-foreground">{title}</AlertDialog.Title>
            <AlertDialog.Description className="text-sm text-muted-foreground">{description}</AlertDialog.Description>
          </div>
          {children}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel asChild>
              <Button type="button" variant="secondary" disabled={busy}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, before an async confirm has finished. */}
            <Button
              type="button"
              variant={tone === "destructive" ? "destructive" : "primary"}
              loading={busy}
              onClick={confirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
