import { parseClientEnv } from "@slotted/app-shell/client-env";
import tailwindcss from "@tailwindcss/vite";
import { tanstackRouter } from "@tanstack/router-plugin/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

const apiTarget = "http://localhost:3000";

export default defineConfig(({ mode }) => {
  // Fails the build (and the dev server) with a readable message on a bad VITE_* value.
  const env = parseClientEnv(loadEnv(mode, import.meta.dirname, "VITE_"), "apps/admin");

  return {
    // Served by the API at /admin (same origin as the customer app, so one cookie session).
    base: "/admin/",
    // The router plugin must run before react() so it can split route files first.
    plugins: [tanstackRouter({ target: "react", autoCodeSplitting: true }), react(), tailwindcss()],
    define: {
      "import.meta.env.VITE_API_URL": JSON.stringify(env.VITE_API_URL),
    },
    build: { sourcemap: false, target: "es2022", modulePreload: { polyfill: false } },
    server: {
      port: 5174,
      strictPort: true,
      // Same proxy as the customer app: the browser's Host is kept, so the CSRF check sees one origin.
      proxy: {
        "/trpc": { target: apiTarget, changeOrigin: false },
        "/api": { target: apiTarget, changeOrigin: false },
      },
    },
    preview: { port: 4174 },
  };
});
