import { z } from "zod";
import { jsonBoolean, queryBoolean } from "./json-primitives.ts";
import { paginationInput, sortOrder } from "./pagination.ts";
import { newPassword, passwordNotEmail } from "./password.ts";
import { emailAddress, personName, plainText } from "./text.ts";

export const roles = ["CUSTOMER", "STAFF", "ADMIN"] as const;
export const role = z.enum(roles, { error: `must be one of ${roles.join(", ")}` });
export type RoleName = z.infer<typeof role>;

export const userId = z.uuid({ error: "must be a user ID (UUID)" });

/** Free-text search: no control characters, trimmed, at most 100 characters; blank means no search. */
export const searchText = plainText()
  .max(100, { error: "must be at most 100 characters" })
  .transform((value) => value.trim() || undefined);

/** lastLoginAt puts accounts that never signed in last, whichever the order. */
export const userSortBy = z.enum(["createdAt", "email", "name", "lastLoginAt"], { error: "must be createdAt, email, name or lastLoginAt" });

export const listUsersInput = paginationInput
  .extend({
    isActive: queryBoolean.optional(),
    /** true: only verified addresses; false: only unverified ones. */
    emailVerified: queryBoolean.optional(),
    role: role.optional(),
    search: searchText.optional(),
    sortBy: userSortBy.default("createdAt"),
    sortOrder: sortOrder.default("desc"),
  })
  .strict();
export type ListUsersInput = z.infer<typeof listUsersInput>;

export const userByIdInput = z.object({ id: userId }).strict();

export const updateUserInput = z
  .object({
    id: userId,
    name: personName.optional(),
    role: role.optional(),
    isActive: jsonBoolean.optional(),
  })
  .strict()
  .refine((value) => value.name !== undefined || value.role !== undefined || value.isActive !== undefined, {
    error: "change at least one of name, role, isActive",
  });
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const maxUsersPerBatch = 100;

/** One account to create; without a password the server makes a temporary one and answers it once. */
export const newUserRow = z
  .object({
    email: emailAddress,
    name: personName,
    password: newPassword.optional(),
    role: role.default("CUSTOMER"),
  })
  .strict()
  .superRefine(passwordNotEmail);
export type NewUserRow = z.infer<typeof newUserRow>;

/** 1–100 new accounts; an email repeated inside the batch names every row that repeats it. */
export const createUsersInput = z
  .object({
    users: z
      .array(newUserRow)
      .min(1, { error: "must hold at least one user" })
      .max(maxUsersPerBatch, { error: `must hold at most ${maxUsersPerBatch} users` }),
  })
  .strict()
  .superRefine((value, ctx) => {
    const rowsByEmail = new Map<string, number[]>();
    value.users.forEach((row, index) => rowsByEmail.set(row.email, [...(rowsByEmail.get(row.email) ?? []), index]));
    for (const indexes of rowsByEmail.values()) {
      if (indexes.length < 2) continue;
      for (const index of indexes) {
        const others = indexes.filter((other) => other !== index).join(", ");
        ctx.addIssue({ code: "custom", path: ["users", index, "email"], message: `is repeated in row ${others} of this batch` });
      }
    }
  });
export type CreateUsersInput = z.infer<typeof createUsersInput>;

/** What any caller may see of an account: never the password hash or session data. */
export const publicUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role,
  isActive: z.boolean(),
  /** When the owner followed the verification link; null until then. */
  emailVerifiedAt: z.date().nullable(),
  /** The last successful sign-in with a password; null if there never was one. */
  lastLoginAt: z.date().nullable(),
  /** When the owner deleted the account (it stays, anonymised); null for a live account. */
  deletedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type PublicUser = z.infer<typeof publicUser>;

export const userDetail = publicUser.extend({
  updatedAt: z.date(),
  /** Unexpired sessions the user holds right now. */
  activeSessions: z.number().int().nonnegative(),
  /** Their bookings staff cancelled inside the change cut-off. */
  lateCancellations: z.number().int().nonnegative(),
  /** Their bookings marked NO_SHOW. */
  noShows: z.number().int().nonnegative(),
});

/** The created accounts in request order; rows sent without a password carry the one made for them, shown only here. */
export const createUsersOutput = z.object({
  created: z.array(
    publicUser.extend({
      temporaryPassword: z.string().optional().describe("Only on rows sent without a password: give it to the person once; it is not stored or shown again"),
    }),
  ),
});
export type CreatedUser = z.infer<typeof createUsersOutput>["created"][number];

export const userStats = z.object({
  total: z.number().int().nonnegative(),
  active: z.number().int().nonnegative(),
  inactive: z.number().int().nonnegative(),
  byRole: z.object({ CUSTOMER: z.number().int().nonnegative(), STAFF: z.number().int().nonnegative(), ADMIN: z.number().int().nonnegative() }),
  /** Accounts created since midnight in the venue's time zone. */
  newToday: z.number().int().nonnegative(),
  /** Accounts created since Monday 00:00 in the venue's time zone. */
  newThisWeek: z.number().int().nonnegative(),
});
export type UserStats = z.infer<typeof userStats>;
