import { ApiTransportError } from "../errors/transport-error.ts";
import { requestIdHeader } from "../links/request-id.ts";

function sentRequestId(init: RequestInit | undefined): string | undefined {
  return new Headers(init?.headers).get(requestIdHeader) ?? undefined;
}

/**
 * The fetch the tRPC link uses. It turns what tRPC cannot read into typed transport failures
 * that keep the request ID: a request that never got an answer (`NETWORK`), and an answer that
 * is not our API's JSON (`BAD_RESPONSE`, e.g. a proxy's HTML 502), whose status would otherwise
 * be lost in a JSON parse error. Cookies flow because the API is same-origin.
 */
export function createApiFetch(baseFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    const requestId = sentRequestId(init);
    let response: Response;
    try {
      response = await baseFetch(input, { ...init, credentials: "same-origin" });
    } catch (error) {
      // Aborted on purpose (a timeout, a cancelled query): the caller already knows why.
      if (init?.signal?.aborted) throw error;
      throw new ApiTransportError("NETWORK", "The server could not be reached", requestId);
    }
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("json")) {
      const echoed = response.headers.get(requestIdHeader) ?? undefined;
      throw new ApiTransportError("BAD_RESPONSE", `Unexpected ${response.status} response`, echoed ?? requestId, response.status);
    }
    return response;
  };
}
