import type { Prisma, PrismaClient } from "@slotted/db";
import type { ListUsersInput, Paginated, PublicUser } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { paginate } from "../../pagination.ts";

/** Prisma's `contains` passes `%` and `_` through to ILIKE as wildcards; a search is literal text. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** users.list: filters, case-insensitive search over email and name, a stable sort, one envelope. */
export function listUsers(prisma: PrismaClient, input: ListUsersInput): Promise<Paginated<PublicUser>> {
  const where: Prisma.UserWhereInput = {
    ...(input.isActive === undefined ? {} : { isActive: input.isActive }),
    ...(input.role ? { role: input.role } : {}),
    ...(input.search
      ? {
          OR: [
            { email: { contains: likeLiteral(input.search), mode: "insensitive" } },
            { name: { contains: likeLiteral(input.search), mode: "insensitive" } },
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
        orderBy: [{ [input.sortBy]: input.sortOrder }, { id: input.sortOrder }],
        skip,
        take,
        select: publicUserSelect,
      }),
  });
}
