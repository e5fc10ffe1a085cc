import { type ReactNode, useEffect, useRef } from "react";
import { cn } from "../cn.ts";
import { RequestIdNote } from "./request-id-note.tsx";

export interface ErrorPageProps {
  title: string;
  message: ReactNode;
  /** The failed request's X-Request-ID, shown so support can find the server's log line. */
  requestId?: string;
  /** E.g. "Try again" and "Go home". */
  actions?: ReactNode;
  /** "main" when it replaces the whole app (global error page); "div" inside an existing layout. */
  as?: "main" | "div";
  className?: string;
}

/**
 * A whole-page error. Its heading takes focus on mount so screen readers announce what happened
 * instead of staying silent on a page that changed under them.
 */
export function ErrorPage({ title, message, requestId, actions, as = "div", className }: ErrorPageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const Root = as;
  return (
    <Root className={cn("mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-12", className)} data-slot="error-page">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold text-foreground">
        {title}
      </h1>
      <div className="text-base text-foreground">{message}</div>
      {requestId === undefined || requestId === "" ? null : <RequestIdNote requestId={requestId} />}
      {actions === undefined ? null : <div className="flex flex-wrap gap-3">{actions}</div>}
    </Root>
  );
}
