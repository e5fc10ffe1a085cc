import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./slotted-api.ts";

/** A fetch client whose every path, parameter, body and response is typed from Slotted's OpenAPI document. */
export type SlottedClient = Client<paths>;

/** Sends the session token from `POST /auth/login` (or `/auth/register`) on every request. */
function bearerAuth(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
}

/**
 * A client for the Slotted server at `baseUrl` (e.g. `http://localhost:3000`). Paths in the
 * document are relative to its `servers` entry, `/api/v1`, so that is part of the base URL.
 * Without a token it can only reach the public operations (register, sign in, health).
 */
export function createSlottedClient(baseUrl: string, token?: string): SlottedClient {
  const client = createClient<paths>({ baseUrl: `${baseUrl.replace(/\/+$/, "")}/api/v1` });
  if (token !== undefined) client.use(bearerAuth(token));
  return client;
}
