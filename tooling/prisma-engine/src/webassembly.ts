// Node's WebAssembly global, typed locally: the repo's lib settings (ES2023, no DOM) and
// @types/node 20 do not declare it.
export interface WasmInstance {
  exports: Record<string, unknown>;
}

interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: Record<string, Record<string, unknown>>): Promise<{ instance: WasmInstance }>;
  RuntimeError: abstract new (...args: never[]) => Error;
}

export const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** A trap (`unreachable`) is how a Rust panic ends a Wasm call. */
export function isWasmTrap(error: unknown): boolean {
  return error instanceof webAssembly.RuntimeError;
}
