import { type ComponentProps } from "react";
import { cn } from "../cn.ts";
import { controlClassName } from "./control-styles.ts";

export type TextareaProps = ComponentProps<"textarea">;

/** A styled `<textarea>`. Spread a `Field`'s control props onto it to wire label, hint and error. */
export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  return <textarea rows={rows} className={cn(controlClassName, "min-h-20 py-2", className)} {...props} />;
}
