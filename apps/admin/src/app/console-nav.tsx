import { cn } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { sectionsFor, type StaffRole } from "../features/access";

const linkClassName = cn(
  "block rounded-control px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground",
  "data-[status=active]:bg-brand-50 data-[status=active]:text-brand-800",
);

/** The console's sections the role may use, as a list of links (vertical on wide screens, wrapping on narrow ones). */
export function ConsoleNav({ role, onNavigate }: { role: StaffRole; onNavigate?: () => void }) {
  return (
    <nav aria-label="Console">
      <ul className="flex flex-col gap-1">
        {sectionsFor(role).map((section) => (
          <li key={section.label}>
            <Link to={section.to} className={linkClassName} activeOptions={{ exact: section.to === "/", includeSearch: false }} onClick={onNavigate}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
