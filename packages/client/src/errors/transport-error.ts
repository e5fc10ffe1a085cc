/**
 * Why a call ended without a tRPC answer we could read:
 * - `NETWORK`: the request never got a response (offline, DNS, connection refused or reset);
 * - `TIMEOUT`: the client's own time limit for the call ran out;
 * - `BAD_RESPONSE`: something answered, but not our API (a proxy's HTML 502, a captive portal).
 */
export type TransportFailure = "NETWORK" | "TIMEOUT" | "BAD_RESPONSE";

/**
 * A failure of the transport rather than of the procedure. It carries the request ID the client
 * sent (or the one the responder echoed), so even a call that never reached the API can be traced.
 */
export class ApiTransportError extends Error {
  override readonly name = "ApiTransportError";

  constructor(
    readonly kind: TransportFailure,
    message: string,
    readonly requestId: string | undefined,
    /** HTTP status of a `BAD_RESPONSE`. */
    readonly status?: number,
  ) {
    super(message);
  }
}
