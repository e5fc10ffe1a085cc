/** `slotted-export-2026-11-30.json`, dated in the browser's own calendar. */
export function exportFileName(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `slotted-export-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

/** Hands `data` to the browser as a download: a Blob behind a temporary object URL and `<a download>`. */
export function saveJsonFile(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click the browser holds its own reference; the URL itself is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
