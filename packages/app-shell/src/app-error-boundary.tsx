import { clientLogger, toUiError } from "@slotted/client";
import { Component, type ReactNode } from "react";
import { GlobalErrorPage } from "./global-error-page.tsx";

interface AppErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

/** Outermost boundary: catches what escapes the router (providers, the router itself). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The logger keeps only safe facts (code, request ID), never messages that could hold personal data.
    const { code, requestId } = toUiError(error);
    clientLogger.error("app.render_failed", { code, requestId });
  }

  override render(): ReactNode {
    return this.state.failed ? <GlobalErrorPage error={this.state.error} /> : this.props.children;
  }
}
