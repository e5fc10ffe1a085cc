export interface PanicRegistry {
  message: string;
  get(): string;
  set_message(message: string): void;
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

/**
 * The engine's panic hook writes the panic message here; without it a panic surfaces as an
 * unrelated TypeError and the real message is lost.
 */
export function ensurePanicRegistry(): PanicRegistry {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    get() {
      return this.message;
    },
    set_message(message: string) {
      this.message = message;
    },
  };
  return globalThis.PRISMA_WASM_PANIC_REGISTRY;
}
