import type { OpenAPIObject } from "trpc-to-openapi";

// The OpenAPI 3.1 object types, taken from the generator's own document type rather than a
// second copy of openapi3-ts.
type Components = NonNullable<OpenAPIObject["components"]>;
export type PathItemObject = NonNullable<OpenAPIObject["paths"]>[string];
export type OperationObject = NonNullable<PathItemObject["get"]>;
export type ReferenceObject = { $ref: string };
export type HeaderObject = Exclude<NonNullable<Components["headers"]>[string], ReferenceObject>;
export type ResponseObject = Exclude<NonNullable<Components["responses"]>[string], ReferenceObject>;
export type ExampleObject = Exclude<NonNullable<Components["examples"]>[string], ReferenceObject>;
export type TagObject = NonNullable<OpenAPIObject["tags"]>[number];
export type { OpenAPIObject };
