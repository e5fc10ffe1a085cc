import { ErrorNotice, mainContentId, useSignOut } from "@slotted/app-shell";
import { Badge, Button, cn } from "@slotted/ui";
import { Link, Outlet, useRouteContext } from "@tanstack/react-router";
import { useId, useState } from "react";
import { ConsoleNav } from "./console-nav.tsx";

/**
 * Brand, sections and the signed-in account beside the page: a sidebar on wide screens, a
 * "Menu" disclosure on narrow ones.
 */
export function ConsoleLayout() {
  const { user } = useRouteContext({ from: "/_console" });
  const signOut = useSignOut();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const close = () => setMenuOpen(false);

  return (
    <div className="lg:grid lg:min-h-dvh lg:grid-cols-[15rem_1fr]">
      <header className="border-b border-border bg-surface lg:border-r lg:border-b-0">
        <div className="flex items-center gap-3 px-4 py-3 lg:flex-col lg:items-stretch lg:gap-6 lg:py-6">
          <Link to="/" className="mr-auto flex items-center gap-2 rounded-control text-lg font-semibold text-foreground lg:mr-0" onClick={close}>
            <span aria-hidden="true" className="inline-block size-7 rounded-md bg-brand-600" />
            Slotted <span className="font-normal text-muted-foreground">console</span>
          </Link>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="lg:hidden"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? "Close menu" : "Menu"}
          </Button>
          <div id={menuId} className={cn("w-full basis-full lg:block", menuOpen ? "block" : "hidden")}>
            <ConsoleNav role={user.role} onNavigate={close} />
            <div className="mt-4 flex flex-col gap-2 border-t border-border pt-4 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{user.name}</span>
                <Badge tone={user.role === "ADMIN" ? "info" : "neutral"}>{user.role}</Badge>
              </p>
              <p className="break-all text-muted-foreground">{user.email}</p>
              <Button variant="ghost" size="sm" className="self-start" loading={signOut.isPending} onClick={() => signOut.mutate()}>
                Sign out
              </Button>
              {signOut.error ? <ErrorNotice error={signOut.error} title="We couldn't sign you out" onRetry={() => signOut.mutate()} /> : null}
            </div>
          </div>
        </div>
      </header>
      <main id={mainContentId} tabIndex={-1} className="mx-auto w-full max-w-7xl min-w-0 px-4 py-6 outline-none sm:px-6 lg:py-8">
        <Outlet />
      </main>
    </div>
  );
}
