/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Validated in vite.config.ts (`src/lib/client-env.ts`); "/trpc" unless configured. */
  readonly VITE_API_URL: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
