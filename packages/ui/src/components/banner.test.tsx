import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Banner } from "./banner.tsx";
import { Button } from "./button.tsx";

describe("Banner", () => {
  it("announces errors assertively by default", () => {
    render(
      <Banner tone="error" title="You are offline">
        Changes will be saved when the connection returns.
      </Banner>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("You are offline");
    expect(alert).toHaveTextContent("Changes will be saved when the connection returns.");
  });

  it("announces other tones politely, or not at all when live is off", () => {
    const { rerender } = render(<Banner tone="success" title="Booking confirmed" />);
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");

    rerender(<Banner tone="warning" title="Booking confirmed" live="off" />);
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByText("Booking confirmed")).toBeInTheDocument();
  });

  it("keeps the action and dismiss button out of the announced text", async () => {
    const onDismiss = vi.fn();
    const user = userEvent.setup();
    render(
      <Banner
        tone="info"
        title="A new version is available"
        action={<Button size="sm">Reload</Button>}
        onDismiss={onDismiss}
        dismissLabel="Dismiss update notice"
      />,
    );
    const status = screen.getByRole("status");
    expect(status).not.toHaveTextContent("Reload");
    await user.click(screen.getByRole("button", { name: "Dismiss update notice" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });

  it("shows no dismiss button without onDismiss", () => {
    render(<Banner tone="info" title="Heads up" />);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("has no axe violations", async () => {
    render(
      <Banner tone="warning" title="Slow connection" action={<Button size="sm">Retry</Button>} onDismiss={() => {}}>
        Some details may be out of date.
      </Banner>,
    );
    await expectNoAxeViolations();
  });
});
