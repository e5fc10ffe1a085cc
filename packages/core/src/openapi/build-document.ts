import { errorBody } from "@slotted/validators";
import { generateOpenApiDocument } from "trpc-to-openapi";
import { procedureCatalog } from "../procedure-catalog.ts";
import { appRouter } from "../root.ts";
import type { OpenAPIObject } from "./document-types.ts";
import { applyOperationContract } from "./operation-responses.ts";
import { headerComponents } from "./response-headers.ts";

export const restBasePath = "/api/v1";

const tags = [
  { name: "auth", description: "Accounts and sessions: sign up, sign in, profile, password and devices." },
  { name: "bookings", description: "Availability, your bookings, and the staff's view of every booking." },
  { name: "tables", description: "The venue's tables, which staff seat bookings at." },
  { name: "users", description: "Accounts as staff see them, and what ADMIN may change." },
  { name: "audit", description: "Who changed what and when (ADMIN)." },
  { name: "metrics", description: "Traffic and database figures for the console (ADMIN)." },
  { name: "health", description: "Liveness, readiness and dependency checks." },
];

export interface OpenApiDocumentOptions {
  baseUrl: string;
  version: string;
  /** Where consumers reach the people behind the API. */
  contact: { name: string; email?: string; url?: string };
}

/**
 * The OpenAPI 3.1 document of every procedure that declares a REST route: trpc-to-openapi
 * generates paths and bodies from the zod schemas; `applyOperationContract` then states every
 * answer each operation can give (the generator knows only 200 and its own error shape).
 */
export function buildOpenApiDocument(options: OpenApiDocumentOptions): OpenAPIObject {
  const document = generateOpenApiDocument(appRouter, {
    title: "Slotted API",
    description:
      "REST access to Slotted's procedures, generated from the same zod schemas as the typed tRPC client. " +
      "Every error has the `ErrorBody` shape and every answer an `X-Request-ID` header. " +
      "Authenticate with `Authorization: Bearer <token>` from `POST /auth/login` or `POST /auth/register`.",
    version: options.version,
    baseUrl: options.baseUrl,
    contact: options.contact,
    license: { name: "MIT", identifier: "MIT" },
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "Session token from POST /auth/login or POST /auth/register" },
    },
    defs: { ErrorBody: errorBody },
  });
  document.tags = tags;
  const components = (document.components ??= {});
  components.headers = headerComponents;
  // The generator's own error schemas describe a body the server never sends.
  for (const name of Object.keys(components.schemas ?? {})) {
    if (name.startsWith("error.")) delete components.schemas?.[name];
  }
  for (const entry of procedureCatalog.values()) {
    const route = entry.meta?.openapi;
    if (!route || route.enabled === false) continue;
    const method = route.method.toLowerCase() as Lowercase<typeof route.method>;
    const operation = document.paths?.[route.path]?.[method];
    if (!operation) throw new Error(`OpenAPI: ${route.method} ${route.path} (${entry.path}) is missing from the generated document`);
    applyOperationContract(operation, entry, route.method, route.path);
  }
  return document;
}
