import { type ComponentProps } from "react";
import { cn } from "../cn.ts";

export interface TableProps extends ComponentProps<"table"> {
  /**
   * Names the scrolling wrapper and makes it focusable, so keyboard users can scroll a wide table
   * on a narrow screen. Give it when the rows hold no links or buttons to tab to.
   */
  scrollLabel?: string;
  containerClassName?: string;
}

/** A table inside a wrapper that scrolls sideways on narrow screens instead of squashing columns. */
export function Table({ scrollLabel, containerClassName, className, ...props }: TableProps) {
  const scrollProps = scrollLabel === undefined ? {} : { role: "region", "aria-label": scrollLabel, tabIndex: 0 };
  return (
    <div
      className={cn("relative w-full overflow-x-auto rounded-card border border-border bg-surface", containerClassName)}
      data-slot="table-container"
      {...scrollProps}
    >
      <table className={cn("w-full caption-bottom border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-muted [&_tr]:border-b [&_tr]:border-border", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border hover:bg-muted/60", className)} {...props} />;
}

/** A column header: `scope="col"` unless told otherwise. */
export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn("h-10 px-3 text-left align-middle font-semibold whitespace-nowrap text-foreground", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2.5 align-middle text-foreground", className)} {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("px-3 py-2 text-left text-sm text-muted-foreground", className)} {...props} />;
}
