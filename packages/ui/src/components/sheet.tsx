import { type ComponentProps, type ReactNode } from "react";
import { Dialog as RadixDialog } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "../cn.ts";
import { useReturnFocus } from "../hooks/use-return-focus.ts";
import { overlayClassName } from "./dialog.tsx";

/**
 * A side drawer: the same modal Radix dialog as `Dialog` (focus trapped, Escape closes, focus
 * returns to the opener), laid out as a full-height panel on the right. Root, trigger and close
 * are the dialog's own; only the content's layout differs. Controlled (`open`/`onOpenChange`,
 * e.g. from the URL) or driven by a `SheetTrigger`.
 */
export {
  Dialog as Sheet,
  DialogClose as SheetClose,
  DialogTrigger as SheetTrigger,
  type DialogCloseProps as SheetCloseProps,
  type DialogProps as SheetProps,
  type DialogTriggerProps as SheetTriggerProps,
} from "./dialog.tsx";

export interface SheetContentProps extends Omit<ComponentProps<typeof RadixDialog.Content>, "title"> {
  title: ReactNode;
  description?: ReactNode;
  /** Accessible name of the close button. */
  closeLabel?: string;
  /** Extra classes for the scrolling body (below the title bar). */
  bodyClassName?: string;
}

/**
 * The drawer panel: a title bar that stays put (title, optional description, close button) over
 * a body that scrolls. Full width on phones, up to 36rem from `sm` up.
 */
export function SheetContent({
  title,
  description,
  closeLabel = "Close",
  className,
  bodyClassName,
  children,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...props
}: SheetContentProps) {
  const returnFocus = useReturnFocus();
  return (
    <RadixDialog.Portal>
      <RadixDialog.Overlay className={overlayClassName} />
      <RadixDialog.Content
        // Without a description Radix asks for an explicit `aria-describedby={undefined}`.
        {...(description === undefined ? { "aria-describedby": undefined } : {})}
        {...props}
        className={cn(
          "fixed inset-y-0 right-0 z-50 flex h-dvh w-full flex-col border-border bg-surface text-foreground shadow-xl",
          "sm:max-w-xl sm:border-l",
          className,
        )}
        data-slot="sheet"
        onOpenAutoFocus={(event) => {
          returnFocus.onOpenAutoFocus();
          onOpenAutoFocus?.(event);
        }}
        onCloseAutoFocus={(event) => {
          onCloseAutoFocus?.(event);
          if (!event.defaultPrevented) returnFocus.onCloseAutoFocus(event);
        }}
      >
        <div className="flex items-start gap-3 border-b border-border px-4 py-4 sm:px-6">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <RadixDialog.Title className="text-lg font-semibold text-foreground">{title}</RadixDialog.Title>
            {description === undefined ? null : (
              <RadixDialog.Description className="text-sm text-muted-foreground">{description}</RadixDialog.Description>
            )}
          </div>
          <RadixDialog.Close
            aria-label={closeLabel}
            className="-mt-1 -mr-2 inline-flex size-9 shrink-0 items-center justify-center rounded-control text-muted-foreground hover:bg-muted hover:text-foreground"
          >
            <X aria-hidden="true" className="size-5" />
          </RadixDialog.Close>
        </div>
        <div className={cn("flex min-h-0 flex-1 flex-col gap-6 overflow-y-auto px-4 py-5 sm:px-6", bodyClassName)}>{children}</div>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}
