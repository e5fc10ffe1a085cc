import { Button, cn } from "@slotted/ui";
import { Link, type LinkProps } from "@tanstack/react-router";
import { type ReactNode, useId, useState } from "react";
import { ErrorNotice, useSession, useSignOut } from "@slotted/app-shell";

const navLinkClassName = cn(
  "block rounded-control px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground",
  "data-[status=active]:text-foreground data-[status=active]:underline data-[status=active]:underline-offset-4",
);

function NavLink({ to, children, onNavigate }: { to: LinkProps["to"]; children: ReactNode; onNavigate: () => void }) {
  return (
    <Link to={to} className={navLinkClassName} onClick={onNavigate} activeOptions={{ includeSearch: false }}>
      {children}
    </Link>
  );
}

/**
 * Brand, the main navigation and the account actions. Below the `sm` breakpoint the links fold
 * behind a "Menu" button (a disclosure: it only shows and hides the list).
 */
export function SiteHeader() {
  const session = useSession();
  const signOut = useSignOut();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const close = () => setMenuOpen(false);
  const signedIn = session.status === "signed-in";

  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link to="/" className="mr-auto flex items-center gap-2 rounded-control text-lg font-semibold text-foreground" onClick={close}>
          <span aria-hidden="true" className="inline-block size-7 rounded-md bg-brand-600" />
          Slotted
        </Link>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="sm:hidden"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? "Close menu" : "Menu"}
        </Button>
        <nav
          id={menuId}
          aria-label="Main"
          className={cn("w-full sm:flex sm:w-auto sm:items-center", menuOpen ? "block" : "hidden")}
        >
          <ul className="flex flex-col gap-1 sm:flex-row sm:items-center">
            <li>
              <NavLink to="/book" onNavigate={close}>
                Book a table
              </NavLink>
            </li>
            {signedIn ? (
              <>
                <li>
                  <NavLink to="/bookings" onNavigate={close}>
                    My bookings
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/account" onNavigate={close}>
                    Account
                  </NavLink>
                </li>
                <li>
                  <button
                    type="button"
                    className={cn(navLinkClassName, "w-full text-left disabled:cursor-wait sm:w-auto")}
                    disabled={signOut.isPending}
                    onClick={() => {
                      close();
                      signOut.mutate();
                    }}
                  >
                    {signOut.isPending ? "Signing out…" : "Sign out"}
                  </button>
                </li>
              </>
            ) : session.status === "loading" ? null : (
              <>
                <li>
                  <NavLink to="/sign-in" onNavigate={close}>
                    Sign in
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/sign-up" onNavigate={close}>
                    Create account
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      {signOut.error ? (
        <div className="mx-auto max-w-5xl px-4 pb-3 sm:px-6">
          <ErrorNotice error={signOut.error} title="We couldn't sign you out" onRetry={() => signOut.mutate()} />
        </div>
      ) : null}
    </header>
  );
}
