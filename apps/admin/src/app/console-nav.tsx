import { cn } from "@slotted/ui";
import { Link, type LinkProps } from "@tanstack/react-router";
import type { StaffRole } from "../features/access";

interface NavItem {
  to: LinkProps["to"];
  label: string;
  /** Roles that see the link; the server refuses the page's calls to anyone else. */
  roles: readonly StaffRole[];
}

const navItems: readonly NavItem[] = [
  { to: "/", label: "Dashboard", roles: ["STAFF", "ADMIN"] },
  { to: "/bookings", label: "Bookings", roles: ["STAFF", "ADMIN"] },
  { to: "/users", label: "Users", roles: ["STAFF", "ADMIN"] },
  { to: "/system", label: "System", roles: ["ADMIN"] },
  { to: "/audit", label: "Audit log", roles: ["ADMIN"] },
  { to: "/mailbox", label: "Mailbox", roles: ["ADMIN"] },
];

const linkClassName = cn(
  "block rounded-control px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground",
  "data-[status=active]:bg-brand-50 data-[status=active]:text-brand-800",
);

/** The console's sections, as a list of links (vertical on wide screens, wrapping on narrow ones). */
export function ConsoleNav({ role, onNavigate }: { role: StaffRole; onNavigate?: () => void }) {
  return (
    <nav aria-label="Console">
      <ul className="flex flex-col gap-1">
        {navItems
          .filter((item) => item.roles.includes(role))
          .map((item) => (
            <li key={item.label}>
              <Link
                to={item.to}
                className={linkClassName}
                activeOptions={{ exact: item.to === "/", includeSearch: false }}
                onClick={onNavigate}
              >
                {item.label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
