import { type ComponentProps } from "react";
import { cn } from "../cn.ts";
import { controlClassName } from "./control-styles.ts";

export type InputProps = ComponentProps<"input">;

/** A styled `<input>`. Spread a `Field`'s control props onto it to wire label, hint and error. */
export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cn(controlClassName, "h-10", className)} {...props} />;
}
