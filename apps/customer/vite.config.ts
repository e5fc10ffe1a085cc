import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { parseClientEnv } from "@slotted/app-shell/client-env";

const apiTarget = "http://localhost:3000";

export default defineConfig(({ mode }) => {
  // Fails the build (and the dev server) with a readable message on a bad VITE_* value.
  const env = parseClientEnv(loadEnv(mode, import.meta.dirname, "VITE_"), "apps/customer");

  return {
    // The router plugin must run before react() so it can split route files first.
    plugins: [tanstackRouter({ target: "react", autoCodeSplitting: true }), react(), tailwindcss()],
    define: {
      // The validated value (with its default) is what the app reads.
      "import.meta.env.VITE_API_URL": JSON.stringify(env.VITE_API_URL),
    },
    // Every browser the app supports has modulepreload: no polyfill in the first load.
    build: { sourcemap: false, target: "es2022", modulePreload: { polyfill: false } },
    server: {
      port: 5173,
      strictPort: true,
      // The proxy keeps the browser's Host header (changeOrigin: false), so the API's CSRF check
      // sees Origin http://localhost:5173 with Host localhost:5173: same origin, no rewriting and
      // no CORS_ORIGINS needed. Cookies stay first-party to the dev server.
      proxy: {
        "/trpc": { target: apiTarget, changeOrigin: false },
        "/api": { target: apiTarget, changeOrigin: false },
      },
    },
    preview: { port: 4173 },
  };
});
