import { Link, type LinkProps } from "@tanstack/react-router";
import type { ReactNode } from "react";

/** The underlined in-text link of the auth pages' footers and messages. */
export function AuthLink({ to, children }: { to: LinkProps["to"]; children: ReactNode }) {
  return (
    <Link to={to} className="font-medium text-brand-700 underline underline-offset-4">
      {children}
    </Link>
  );
}
