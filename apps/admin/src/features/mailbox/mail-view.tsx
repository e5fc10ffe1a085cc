import { Button } from "@slotted/ui";
import { useId } from "react";
import type { Mail } from "./mailbox-table.tsx";

/**
 * One mail as it was sent: the plain-text part, and the HTML part in a sandboxed frame: no
 * scripts (no allow-scripts, and the console's inherited CSP refuses inline script anyway), no
 * forms, no popups. It keeps its origin only because Chromium leaves a fully sandboxed srcdoc
 * frame blank and never done loading.
 */
export function MailView({ mail, onClose }: { mail: Mail; onClose: () => void }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-card border border-border bg-surface p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h2 id={headingId} tabIndex={-1} className="text-lg font-semibold text-foreground">
            {mail.subject}
          </h2>
          <p className="text-sm text-muted-foreground">
            From {mail.from} to {mail.to} · template <code>{mail.template}</code> · job <code>{mail.jobId}</code>
          </p>
        </div>
        <Button type="button" variant="secondary" onClick={onClose}>
          Close mail
        </Button>
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-foreground">Text</h3>
        {/* Focusable, so a keyboard can scroll a long mail (it is its own scroll region). */}
        <pre tabIndex={0} aria-label={`Text of “${mail.subject}”`} className="max-h-96 overflow-auto whitespace-pre-wrap rounded-control bg-muted p-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
          {mail.text}
        </pre>
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-foreground">HTML</h3>
        <iframe sandbox="allow-same-origin" srcDoc={mail.html} title={`HTML of “${mail.subject}”`} className="h-96 w-full rounded-control border border-border bg-white" />
      </div>
    </section>
  );
}
