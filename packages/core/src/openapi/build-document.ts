import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { appRouter } from "./root.ts";

export const restBasePath = "/api/v1";

/** The OpenAPI 3.1 document of every procedure that declares a REST route, generated from the same zod schemas. */
export function buildOpenApiDocument(options: { baseUrl: string; version: string }): OpenAPIObject {
  return generateOpenApiDocument(appRouter, {
    title: "Slotted API",
    description:
      "REST access to Slotted's procedures. Errors always have the shape `{ code, message, requestId, issues? }`. " +
      "Authenticate with `Authorization: Bearer <token>` from `POST /auth/login`.",
    version: options.version,
    baseUrl: options.baseUrl,
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "Session token from POST /auth/login or /auth/register" },
    },
  });
}
