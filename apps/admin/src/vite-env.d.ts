/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Validated in vite.config.ts (`@slotted/app-shell/client-env`); "/trpc" unless configured. */
  readonly VITE_API_URL: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
