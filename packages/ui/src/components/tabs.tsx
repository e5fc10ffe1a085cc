import { type ComponentProps } from "react";
import { Tabs as RadixTabs } from "radix-ui";
import { cn } from "../cn.ts";

export type TabsProps = ComponentProps<typeof RadixTabs.Root>;

/** Radix tabs: arrow keys move between triggers, Tab goes into the panel. */
export function Tabs({ className, ...props }: TabsProps) {
  return <RadixTabs.Root className={cn("flex flex-col gap-4", className)} {...props} />;
}

export function TabsList({ className, ...props }: ComponentProps<typeof RadixTabs.List>) {
  return (
    <RadixTabs.List
      className={cn("inline-flex max-w-full items-center gap-1 overflow-x-auto border-b border-border", className)}
      {...props}
    />
  );
}

export function TabsTrigger({ className, ...props }: ComponentProps<typeof RadixTabs.Trigger>) {
  return (
    <RadixTabs.Trigger
      className={cn(
        "-mb-px inline-flex h-10 items-center gap-2 border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap",
        "text-muted-foreground hover:text-foreground",
        "data-[state=active]:border-brand-600 data-[state=active]:text-foreground",
        "disabled:cursor-not-allowed disabled:opacity-60",
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({ className, ...props }: ComponentProps<typeof RadixTabs.Content>) {
  return <RadixTabs.Content className={cn("rounded-control", className)} {...props} />;
}
