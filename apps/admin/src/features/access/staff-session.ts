import { requireSession, type RouterContext, type SessionUser } from "@slotted/app-shell";
import { redirect, type ParsedLocation } from "@tanstack/react-router";

export type StaffRole = Exclude<SessionUser["role"], "CUSTOMER">;
export type StaffUser = SessionUser & { role: StaffRole };

export const isStaff = (user: SessionUser): user is StaffUser => user.role !== "CUSTOMER";

/**
 * `beforeLoad` for the console: a visitor signs in first; a customer account is sent to the
 * "no access" page. The server refuses their calls anyway (403): this only spares them a
 * console full of errors.
 */
export async function requireStaff(args: { context: RouterContext; location: ParsedLocation }): Promise<{ user: StaffUser }> {
  const { user } = await requireSession(args);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect protocol
  if (!isStaff(user)) throw redirect({ to: "/no-access" });
  return { user };
}
