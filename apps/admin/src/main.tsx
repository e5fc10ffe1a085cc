import "./styles.css";
import { createApiClient } from "@slotted/client";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";

const api = createApiClient({ url: import.meta.env.VITE_API_URL, dev: import.meta.env.DEV });

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}
