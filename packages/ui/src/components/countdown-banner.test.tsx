import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { CountdownBanner, countdownUrgency } from "./countdown-banner.tsx";

const START = Date.UTC(2030, 0, 1, 12, 0, 0);

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function barFill() {
  const bar = screen.getByRole("progressbar");
  const fill = bar.firstElementChild;
  if (!(fill instanceof HTMLElement)) throw new Error("progress bar has no fill");
  return { bar, fill };
}

describe("CountdownBanner", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function renderBanner(props: { total?: number; onExpire?: () => void; onDismiss?: () => void } = {}) {
    const total = props.total ?? 30;
    return render(
      <CountdownBanner
        action="Booking changes"
        until={START + total * 1000}
        total={total}
        onDismiss={props.onDismiss ?? (() => {})}
        onExpire={props.onExpire}
      />,
    );
  }

  it("counts down each second in words and on the bar", () => {
    renderBanner();
    expect(screen.getByText("Booking changes are paused for 30 s")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "30");

    advance(1000);
    expect(screen.getByText("Booking changes are paused for 29 s")).toBeInTheDocument();
    const { bar } = barFill();
    expect(bar).toHaveAttribute("aria-valuenow", "29");
    expect(bar).toHaveAttribute("aria-valuetext", "29 seconds left");
    expect(bar).toHaveAccessibleName("Booking changes: time left");
  });

  it("colours the bar by time left: red, then amber, then green", () => {
    renderBanner();
    expect(barFill().fill).toHaveClass("bg-danger");
    advance(11_000); // 19 of 30 s left
    expect(barFill().fill).toHaveClass("bg-warning");
    advance(10_000); // 9 of 30 s left
    expect(barFill().fill).toHaveClass("bg-success");
    expect(barFill().bar).toHaveAttribute("data-urgency", "low");
  });

  it("announces the start and the end, not every tick", () => {
    renderBanner();
    const status = screen.getByRole("status");
    advance(1000);
    const atStart = "Booking changes are paused for 30 seconds. You can try again when the countdown ends.";
    expect(status).toHaveTextContent(atStart);
    // The ticking line is for the eye only.
    expect(screen.getByText("Booking changes are paused for 29 s")).toHaveAttribute("aria-hidden", "true");

    advance(10_000);
    expect(status).toHaveTextContent(atStart);

    advance(20_000);
    expect(status).toHaveTextContent("Booking changes are available again.");
  });

  it("calls onExpire once, when the countdown reaches zero", () => {
    const onExpire = vi.fn();
    renderBanner({ total: 5, onExpire });
    advance(4000);
    expect(onExpire).not.toHaveBeenCalled();
    advance(1000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Booking changes are available again")).toBeInTheDocument();
    advance(5000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it("picks up where it was after a remount (e.g. a reload) from the same deadline", () => {
    vi.setSystemTime(START + 12_000);
    renderBanner();
    expect(screen.getByText("Booking changes are paused for 18 s")).toBeInTheDocument();
    expect(barFill().fill).toHaveClass("bg-warning");
  });

  it("can be dismissed through a labelled button", async () => {
    // Testing Library waits on a real timer after each user-event step; no clock is needed here.
    vi.useRealTimers();
    const onDismiss = vi.fn();
    const user = userEvent.setup();
    renderBanner({ onDismiss });
    await user.click(screen.getByRole("button", { name: "Dismiss the notice: Booking changes paused" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("has no axe violations", async () => {
    renderBanner();
    vi.useRealTimers();
    await expectNoAxeViolations();
  });
});

describe("countdownUrgency", () => {
  it("splits the wait into thirds", () => {
    expect(countdownUrgency(60, 60)).toBe("high");
    expect(countdownUrgency(41, 60)).toBe("high");
    expect(countdownUrgency(40, 60)).toBe("medium");
    expect(countdownUrgency(21, 60)).toBe("medium");
    expect(countdownUrgency(20, 60)).toBe("low");
    expect(countdownUrgency(0, 60)).toBe("low");
    expect(countdownUrgency(5, 0)).toBe("low");
  });
});
