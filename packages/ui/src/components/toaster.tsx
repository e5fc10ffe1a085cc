import { useEffect, useSyncExternalStore } from "react";
import { Toast } from "radix-ui";
import { CircleAlert, CircleCheck, Info, X } from "lucide-react";
import { cn } from "../cn.ts";
import {
  clearToasts,
  dismissToast,
  getToasts,
  subscribeToToasts,
  type ToastRecord,
  type ToastTone,
} from "./toast-store.ts";

const toneStyles: Record<ToastTone, { className: string; Icon: typeof Info }> = {
  info: { className: "border-info-border bg-info-subtle text-info-strong", Icon: Info },
  success: { className: "border-success-border bg-success-subtle text-success-strong", Icon: CircleCheck },
  error: { className: "border-danger-border bg-danger-subtle text-danger-strong", Icon: CircleAlert },
};

export interface ToasterProps {
  /** Default time on screen in milliseconds. Errors stay twice as long. */
  duration?: number;
  /** Screen-reader label for each toast (Radix default: "Notification"). */
  label?: string;
}

/**
 * Mount once at the app root. Radix announces each toast through its own live region: errors
 * as foreground (assertive), the rest as background (polite). F8 moves focus to the toasts.
 */
export function Toaster({ duration = 5000, label = "Notification" }: ToasterProps) {
  const items = useSyncExternalStore(subscribeToToasts, getToasts, getToasts);

  // Toasts belong to the mounted app: drop leftovers when it goes away (and between tests).
  useEffect(() => clearToasts, []);

  return (
    <Toast.Provider duration={duration} label={label} swipeDirection="right">
      {items.map((item) => (
        <ToastItem key={item.id} item={item} defaultDuration={duration} />
      ))}
      <Toast.Viewport
        className={cn(
          "fixed right-0 bottom-0 z-[100] m-0 flex max-h-screen w-full list-none flex-col gap-2 p-4",
          "sm:max-w-sm",
        )}
      />
    </Toast.Provider>
  );
}

function ToastItem({ item, defaultDuration }: { item: ToastRecord; defaultDuration: number }) {
  const { className, Icon } = toneStyles[item.tone];
  return (
    <Toast.Root
      type={item.tone === "error" ? "foreground" : "background"}
      duration={item.duration ?? (item.tone === "error" ? defaultDuration * 2 : defaultDuration)}
      onOpenChange={(open) => {
        if (!open) dismissToast(item.id);
      }}
      className={cn("flex items-start gap-3 rounded-card border p-4 shadow-lg", className)}
      data-tone={item.tone}
    >
      <Icon aria-hidden="true" className="size-5 shrink-0" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <Toast.Title className="text-sm font-semibold">{item.title}</Toast.Title>
        {item.description === undefined ? null : (
          <Toast.Description className="text-sm text-foreground">{item.description}</Toast.Description>
        )}
      </div>
      <Toast.Close
        aria-label="Dismiss notification"
        className="-m-1 inline-flex size-8 shrink-0 items-center justify-center rounded-control hover:bg-surface/60"
      >
        <X aria-hidden="true" className="size-4" />
      </Toast.Close>
    </Toast.Root>
  );
}
