import type { Prisma, PrismaClient } from "@slotted/db";
import type { ListUsersInput, Paginated, PublicUser } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { paginate } from "../../pagination.ts";
import { containsText } from "../../text-search.ts";

/** Never-signed-in accounts (null lastLoginAt) come last in both orders: the question is "who was here lately". */
function sortKey({ sortBy, sortOrder }: ListUsersInput): Prisma.UserOrderByWithRelationInput {
  if (sortBy === "lastLoginAt") return { lastLoginAt: { sort: sortOrder, nulls: "last" } };
  return { [sortBy]: sortOrder };
}

/** users.list: filters, case-insensitive search over email and name, a stable sort, one envelope. */
export function listUsers(prisma: PrismaClient, input: ListUsersInput): Promise<Paginated<PublicUser>> {
  const where: Prisma.UserWhereInput = {
    ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
    ...(input.emailVerified === undefined ? {} : { emailVerifiedAt: input.emailVerified ? { not: null } : null }),
    ...(input.role ? { role: input.role } : {}),
    ...(input.search
      ? {
          OR: [
            { email: containsText(input.search) },
            { name: containsText(input.search) },
          ],
        }
      : {}),
  };
  return paginate(input, {
    count: () => prisma.user.count({ where }),
    findPage: ({ skip, take }) =>
      prisma.user.findMany({
        where,
        // The ID breaks ties, so equal names or timestamps never shuffle between pages.
        orderBy: [sortKey(input), { id: input.sortOrder }],
        skip,
        take,
        select: publicUserSelect,
      }),
  });
}
