import type { Prisma } from "@slotted/db";

/** The columns any response may carry about an account (never the password hash). */
export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isActive: true,
  emailVerifiedAt: true,
  lastLoginAt: true,
  deletedAt: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;
