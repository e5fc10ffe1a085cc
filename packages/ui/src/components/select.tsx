import { type ComponentProps } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "../cn.ts";
import { controlClassName } from "./control-styles.ts";

export type SelectProps = ComponentProps<"select">;

/**
 * A styled native `<select>`: the platform's own picker is the most accessible one on phones.
 * Spread a `Field`'s control props onto it to wire label, hint and error.
 */
export function Select({ className, children, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select className={cn(controlClassName, "h-10 appearance-none pr-9", className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
