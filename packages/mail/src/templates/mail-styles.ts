import type { CSSProperties } from "react";

/**
 * Inline styles shared by every template (mail clients drop <style> blocks and class names).
 * Colours keep at least 4.5:1 contrast against their background (WCAG AA for body text).
 */
const ink = "#1f2933";
const muted = "#4b5563";
const accent = "#1d4ed8";

export const page: CSSProperties = {
  backgroundColor: "#f3f4f6",
  color: ink,
  fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  margin: 0,
  padding: "24px 0",
};

export const card: CSSProperties = {
  backgroundColor: "#ffffff",
  border: "1px solid #e5e7eb",
  borderRadius: "8px",
  maxWidth: "560px",
  padding: "24px 32px",
};

export const venueHeader: CSSProperties = { color: ink, fontSize: "18px", fontWeight: 700, lineHeight: "24px", margin: "0 0 16px" };

export const heading: CSSProperties = { color: ink, fontSize: "24px", fontWeight: 700, lineHeight: "32px", margin: "0 0 16px" };

export const paragraph: CSSProperties = { color: ink, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" };

export const summaryBox: CSSProperties = {
  backgroundColor: "#f9fafb",
  border: "1px solid #e5e7eb",
  borderRadius: "6px",
  margin: "0 0 24px",
  padding: "12px 16px",
};

export const summaryRow: CSSProperties = { color: ink, fontSize: "16px", lineHeight: "24px", margin: "4px 0" };

export const struck: CSSProperties = { color: muted, textDecoration: "line-through" };

export const button: CSSProperties = {
  backgroundColor: accent,
  borderRadius: "6px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "16px",
  fontWeight: 600,
  lineHeight: "24px",
  padding: "12px 20px",
  textDecoration: "none",
};

export const buttonRow: CSSProperties = { margin: "8px 0 24px" };

export const link: CSSProperties = { color: accent, textDecoration: "underline" };

export const rule: CSSProperties = { borderColor: "#e5e7eb", margin: "24px 0 16px" };

export const footer: CSSProperties = { color: muted, fontSize: "14px", lineHeight: "20px", margin: "0 0 8px" };
