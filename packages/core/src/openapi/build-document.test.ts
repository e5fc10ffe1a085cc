import { errorBody } from "@slotted/validators";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-document.ts";
import type { OperationObject, ResponseObject } from "./document-types.ts";

const document = buildOpenApiDocument({ baseUrl: "/api/v1", version: "1.2.3", contact: { name: "Slotted API support" } });

function operations(): [string, OperationObject][] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    (["get", "post", "put", "patch", "delete"] as const).flatMap((method) => {
      const operation = item[method];
      return operation ? [[`${method.toUpperCase()} ${path}`, operation] as [string, OperationObject]] : [];
    }),
  );
}

function response(operation: OperationObject, status: string): ResponseObject {
  return operation.responses?.[status] as ResponseObject;
}

describe("the OpenAPI document", () => {
  it("has one error schema, generated from the zod schema the server shapes errors with", () => {
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas).filter((name) => name.startsWith("error."))).toEqual([]);
    const component = schemas.ErrorBody as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(component.properties).sort()).toEqual(Object.keys(errorBody.shape).sort());
    expect(component.required.sort()).toEqual(["code", "message", "requestId"]);
    expect(component.additionalProperties).toBe(false);
  });

  it("answers every error with ErrorBody and every response with X-Request-ID", () => {
    for (const [name, operation] of operations()) {
      for (const [status, answer] of Object.entries(operation.responses ?? {})) {
        const { headers, content } = answer as ResponseObject;
        expect(headers?.["X-Request-ID"], `${name} ${status}`).toEqual({ $ref: "#/components/headers/RequestId" });
        if (Number(status) < 400 || operation.operationId === "health-ready") continue;
        expect(content?.["application/json"]?.schema, `${name} ${status}`).toEqual({ $ref: "#/components/schemas/ErrorBody" });
      }
      expect(operation.security, name).toBeDefined();
    }
  });

  it("documents a create as 201 and its idempotent replay as 200 with Idempotent-Replayed", () => {
    const create = document.paths?.["/bookings"]?.post;
    if (!create) throw new Error("POST /bookings is missing");
    expect(response(create, "201").headers).not.toHaveProperty("Idempotent-Replayed");
    expect(response(create, "200").headers?.["Idempotent-Replayed"]).toEqual({ $ref: "#/components/headers/IdempotentReplayed" });
    expect(response(create, "429").headers?.["Retry-After"]).toEqual({ $ref: "#/components/headers/RetryAfter" });
    expect(create.parameters).toContainEqual(expect.objectContaining({ in: "header", name: "Idempotency-Key" }));
    expect(response(create, "409").content?.["application/json"]?.examples).toHaveProperty("slotFull");
  });

  it("states security on public operations, and describes its licence and contact", () => {
    expect(document.paths?.["/auth/register"]?.post?.security).toEqual([]);
    expect(document.paths?.["/bookings"]?.get?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.info).toMatchObject({ version: "1.2.3", license: { identifier: "MIT" }, contact: { name: "Slotted API support" } });
  });

  it("documents readiness's 503 with its own body and liveness without rate-limit headers", () => {
    const ready = document.paths?.["/health/ready"]?.get;
    const live = document.paths?.["/health/live"]?.get;
    if (!ready || !live) throw new Error("health paths are missing");
    expect(response(ready, "503").content).toEqual(response(ready, "200").content);
    expect(Object.keys(live.responses ?? {})).toEqual(["200", "413", "500"]);
    expect(response(live, "200").headers).not.toHaveProperty("RateLimit");
  });
});
