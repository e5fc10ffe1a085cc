import { createSession, hashPassword, type SessionMetadata } from "@slotted/auth";
import { isUniqueViolation, withTransaction, type PrismaClient } from "@slotted/db";
import type { JobQueue } from "@slotted/jobs";
import type { PublicUser, RegisterInput } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { conflict } from "../../errors/index.ts";

export interface SignedIn {
  user: PublicUser;
  token: string;
  expiresAt: Date;
}

/**
 * Creates a CUSTOMER account, its first session and the verification mail's job together; an
 * existing email is a 409.
 */
export async function registerAccount(prisma: PrismaClient, jobs: JobQueue, input: RegisterInput, metadata: SessionMetadata): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await withTransaction(prisma, async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "CUSTOMER" },
        select: publicUserSelect,
      });
      const { token, session } = await createSession(tx, user.id, metadata);
      await jobs.enqueue(tx, "verification-mail", { userId: user.id });
      return { user, token, expiresAt: session.expiresAt };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("An account with this email already exists");
    throw error;
  }
}
