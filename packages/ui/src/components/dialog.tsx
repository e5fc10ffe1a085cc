import { type ComponentProps, type ReactNode } from "react";
import { Dialog as RadixDialog } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "../cn.ts";
import { useReturnFocus } from "../hooks/use-return-focus.ts";

export type DialogProps = ComponentProps<typeof RadixDialog.Root>;

/** Modal dialog root: controlled (`open`/`onOpenChange`) or driven by a `DialogTrigger`. */
export function Dialog(props: DialogProps) {
  return <RadixDialog.Root {...props} />;
}

export type DialogTriggerProps = ComponentProps<typeof RadixDialog.Trigger>;

export function DialogTrigger(props: DialogTriggerProps) {
  return <RadixDialog.Trigger {...props} />;
}

export type DialogCloseProps = ComponentProps<typeof RadixDialog.Close>;

/** Closes the surrounding dialog; use with `asChild` around a `Button`. */
export function DialogClose(props: DialogCloseProps) {
  return <RadixDialog.Close {...props} />;
}

/** Shared by Dialog and ConfirmDialog so both look and move the same. */
export const overlayClassName =
  "fixed inset-0 z-50 bg-overlay/60";
export const dialogPanelClassName =
  "fixed top-1/2 left-1/2 z-50 flex w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 flex-col gap-4 " +
  "max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-card border border-border bg-surface p-6 text-foreground shadow-xl";

export interface DialogContentProps extends Omit<ComponentProps<typeof RadixDialog.Content>, "title"> {
  title: ReactNode;
  description?: ReactNode;
  /** Accessible name of the close button. */
  closeLabel?: string;
}

/** The dialog panel: title, optional description, close button; focus trapped inside and returned. */
export function DialogContent({
  title,
  description,
  closeLabel = "Close",
  className,
  children,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...props
}: DialogContentProps) {
  const returnFocus = useReturnFocus();
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className={overlayClassName} />
      <RadixDialog.Content
        // Without a description Radix asks for an explicit `aria-describedby={undefined}`.
        {...(description === undefined ? { "aria-describedby": undefined } : {})}
        {...props}
        className={cn(dialogPanelClassName, className)}
        onOpenAutoFocus={(event) => {
          returnFocus.onOpenAutoFocus();
          onOpenAutoFocus?.(event);
        }}
        onCloseAutoFocus={(event) => {
          onCloseAutoFocus?.(event);
          if (!event.defaultPrevented) returnFocus.onCloseAutoFocus(event);
        }}
      >
        <div className="flex flex-col gap-1.5 pr-8">
          <RadixDialog.Title className="text-lg font-semibold text-foreground">{title}</RadixDialog.Title>
          {description === undefined ? null : (
            <RadixDialog.Description className="text-sm text-muted-foreground">{description}</RadixDialog.Description>
          )}
        </div>
        {children}
        <RadixDialog.Close
          aria-label={closeLabel}
          className="absolute top-3 right-3 inline-flex size-9 items-center justify-center rounded-control text-muted-foreground hover:bg-muted hover:text-foreground"
        >
          <X aria-hidden="true" className="size-5" />
        </RadixDialog.Close>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

/** A right-aligned row of dialog actions that stacks on narrow screens. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)}
      data-slot="dialog-footer"
      {...props}
    />
  );
}
