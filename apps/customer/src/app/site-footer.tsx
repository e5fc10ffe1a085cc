export function SiteFooter() {
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted-foreground sm:px-6">
        <p>Slotted: book a table in under a minute, and change your mind just as quickly.</p>
      </div>
    </footer>
  );
}
