import { type ComponentProps, type MouseEvent } from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { Slot } from "radix-ui";
import { cn } from "../cn.ts";
import { Spinner } from "./spinner.tsx";

// Every variant but `link` gets a box (height and padding) per size.
const boxed: ("primary" | "secondary" | "ghost" | "destructive")[] = ["primary", "secondary", "ghost", "destructive"];

export const buttonVariants = /* @__PURE__ */ cva(
  [
    "inline-flex shrink-0 items-center justify-center gap-2 rounded-control font-medium whitespace-nowrap select-none",
    "transition-colors motion-reduce:transition-none",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    "[&_svg]:pointer-events-none [&_svg]:shrink-0",
  ],
  {
    variants: {
      variant: {
        primary: "bg-brand-600 text-brand-foreground hover:bg-brand-700",
        secondary: "border border-input bg-surface text-foreground hover:bg-muted",
        ghost: "bg-transparent text-foreground hover:bg-muted",
        destructive: "bg-danger text-danger-foreground hover:bg-danger-strong",
        link: "bg-transparent text-brand-700 underline underline-offset-4 hover:text-brand-900",
      },
      size: {
        sm: "text-sm [&_svg]:size-4",
        md: "text-sm [&_svg]:size-4",
        lg: "text-base [&_svg]:size-5",
      },
    },
    compoundVariants: [
      { variant: boxed, size: "sm", className: "h-8 px-3" },
      { variant: boxed, size: "md", className: "h-10 px-4" },
      { variant: boxed, size: "lg", className: "h-12 px-6" },
    ],
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>["variant"]>;
export type ButtonSize = NonNullable<VariantProps<typeof buttonVariants>["size"]>;

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets `aria-busy` and blocks clicks until the work ends. */
  loading?: boolean;
  /** Renders the single child (e.g. a router `Link`) with the button's styles and behaviour. */
  asChild?: boolean;
}

/**
 * The one button. Like a native `<button>`, its `type` defaults to "submit" inside a form: pass
 * `type="button"` for anything that is not the form's submit.
 */
export function Button({
  variant,
  size,
  loading = false,
  asChild = false,
  disabled = false,
  className,
  children,
  onClick,
  ...props
}: ButtonProps) {
  const inactive = disabled || loading;
  const classes = cn(buttonVariants({ variant, size }), className);

  if (asChild) {
    // A link cannot be `disabled`: mark it and swallow the click so the router does not navigate.
    const guardedClick = (event: MouseEvent<HTMLButtonElement>) => {
      if (inactive) {
        event.preventDefault();
        return;
      }
      onClick?.(event);
    };
    return (
      <Slot.Root
        {...props}
        className={classes}
        aria-busy={loading || undefined}
        aria-disabled={inactive || undefined}
        data-loading={loading || undefined}
        onClick={guardedClick}
      >
        {loading ? <Spinner /> : null}
        <Slot.Slottable>{children}</Slot.Slottable>
      </Slot.Root>
    );
  }

  return (
    <button
      {...props}
      className={classes}
      disabled={inactive}
      aria-busy={loading || undefined}
      data-loading={loading || undefined}
      onClick={onClick}
    >
      {loading ? <Spinner /> : null}
      {children}
    </button>
  );
}
