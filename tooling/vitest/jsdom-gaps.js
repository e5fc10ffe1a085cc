// Plain JS: loaded by vitest as a setup file of every browser-side test run (browserTestConfig).
// jsdom implements none of these; TanStack Router's scroll restoration calls scrollTo, Radix's
// pointer handling (toast swipe, select) calls pointer capture, and charts ask for ResizeObserver.
if (typeof window !== "undefined") {
  window.scrollTo = () => undefined;
  if (!("hasPointerCapture" in Element.prototype)) {
    Object.assign(Element.prototype, {
      hasPointerCapture: () => false,
      setPointerCapture: () => undefined,
      releasePointerCapture: () => undefined,
    });
  }
  if (!("ResizeObserver" in window)) {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}
