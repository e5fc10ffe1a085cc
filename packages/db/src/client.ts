// The generated client is the single source of model types for the whole repo.
export { PrismaClient, Prisma } from "./generated/prisma/client.ts";
export type { User, Session, AuditLog, Booking, IdempotencyKey, AccountToken, DevMail, MailDelivery, VenueTable } from "./generated/prisma/client.ts";
export { Role, BookingStatus, AccountTokenPurpose } from "./generated/prisma/enums.ts";
