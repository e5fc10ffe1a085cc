import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../test/axe.ts";
import { Meter, meterTone } from "./meter.tsx";

describe("meterTone", () => {
  it("grades a value green, then amber from warnAt, then red from dangerAt", () => {
    const thresholds = { warnAt: 7, dangerAt: 9 };
    expect(meterTone(6, thresholds)).toBe("success");
    expect(meterTone(7, thresholds)).toBe("warning");
    expect(meterTone(9, thresholds)).toBe("danger");
    expect(meterTone(100)).toBe("success");
  });
});

describe("Meter", () => {
  it("is a meter named by its visible label, with the range and the value in words", async () => {
    render(<Meter label="Active connections" value={3} max={10} valueText="3 of 10 connections" description="Queries running now" />);
    const meter = screen.getByRole("meter", { name: "Active connections" });
    expect(meter).toHaveAttribute("aria-valuenow", "3");
    expect(meter).toHaveAttribute("aria-valuemin", "0");
    expect(meter).toHaveAttribute("aria-valuemax", "10");
    expect(meter).toHaveAttribute("aria-valuetext", "3 of 10 connections");
    expect(meter).toHaveAccessibleDescription("Queries running now");
    expect(screen.getByText("3 of 10 connections")).toBeVisible();
    expect((meter.firstElementChild as HTMLElement).style.width).toBe("30%");
    await expectNoAxeViolations();
  });

  it("turns amber and red at its thresholds, and says so in words as well as colour", () => {
    const { rerender } = render(<Meter label="In use" value={5} max={10} warnAt={7} dangerAt={9} />);
    const meter = screen.getByRole("meter", { name: "In use" });
    expect(meter).toHaveAttribute("data-tone", "success");
    expect(meter.firstElementChild).toHaveClass("bg-success");
    expect(meter).toHaveAttribute("aria-valuetext", "5 of 10");

    rerender(<Meter label="In use" value={8} max={10} warnAt={7} dangerAt={9} />);
    expect(meter).toHaveAttribute("data-tone", "warning");
    expect(meter.firstElementChild).toHaveClass("bg-warning");
    expect(screen.getByText("High")).toBeInTheDocument();
    expect(meter).toHaveAttribute("aria-valuetext", "8 of 10, high");

    rerender(<Meter label="In use" value={10} max={10} warnAt={7} dangerAt={9} statusText={{ danger: "Full" }} />);
    expect(meter).toHaveAttribute("data-tone", "danger");
    expect(meter.firstElementChild).toHaveClass("bg-danger");
    expect(screen.getByText("Full")).toBeInTheDocument();
    expect(meter).toHaveAttribute("aria-valuetext", "10 of 10, full");
  });

  it("keeps the bar and the reported value inside the range", async () => {
    render(
      <>
        <Meter label="Waiting" value={14} max={10} tone="neutral" />
        <Meter label="Empty range" value={0} max={0} />
      </>,
    );
    const over = screen.getByRole("meter", { name: "Waiting" });
    expect(over).toHaveAttribute("aria-valuenow", "10");
    expect(over).toHaveAttribute("aria-valuetext", "14 of 10");
    expect(over).toHaveAttribute("data-tone", "neutral");
    expect((over.firstElementChild as HTMLElement).style.width).toBe("100%");
    expect((screen.getByRole("meter", { name: "Empty range" }).firstElementChild as HTMLElement).style.width).toBe("0%");
    await expectNoAxeViolations();
  });
});
