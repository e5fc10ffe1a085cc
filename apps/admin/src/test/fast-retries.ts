import { vi } from "vitest";

/**
 * Makes the client's jittered backoff (uniform in [0, cap)) nearly zero, so retry tests wait on
 * outcomes rather than on delays. The values still differ call to call: libraries that draw
 * random IDs until they find an unused one must not see the same number forever.
 */
export function fastRetries(): void {
  let step = 0;
  vi.spyOn(Math, "random").mockImplementation(() => {
    step = (step + 1) % 1000;
    return step / 100_000;
  });
}
