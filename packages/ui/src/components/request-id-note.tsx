import { useState } from "react";
import { Copy } from "lucide-react";
import { cn } from "../cn.ts";

export interface RequestIdNoteProps {
  requestId: string;
  className?: string;
}

/**
 * "Reference: <id> — quote this if you contact us". The same id is in the server's log line for
 * the request. One click selects the whole id; a Copy button appears where the clipboard is available.
 */
export function RequestIdNote({ requestId, className }: RequestIdNoteProps) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  // The Clipboard API exists only in secure contexts (https, localhost).
  const canCopy = typeof navigator !== "undefined" && "clipboard" in navigator;

  const copy = () => {
    navigator.clipboard.writeText(requestId).then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  };

  return (
    <div className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground", className)}>
      <p className="m-0">
        Reference:{" "}
        <code className="rounded bg-muted px-1 py-0.5 font-mono text-foreground select-all" data-slot="request-id">
          {requestId}
        </code>{" "}
        — quote this if you contact us
      </p>
      {canCopy ? (
        <button
          type="button"
          onClick={copy}
          className="inline-flex items-center gap-1 rounded-control px-1.5 py-0.5 text-brand-700 underline underline-offset-4 hover:text-brand-900"
        >
          <Copy aria-hidden="true" className="size-3.5" />
          Copy reference
        </button>
      ) : null}
      <span role="status" className="text-xs">
        {copied === "copied" ? "Reference copied" : copied === "failed" ? "Could not copy; select the reference instead" : ""}
      </span>
    </div>
  );
}
