const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });

const byteUnits = ["bytes", "KB", "MB", "GB", "TB"] as const;

/** 1536 → "1.5 KB" (binary steps, as operating systems show memory). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? whole.format(value) : oneDecimal.format(value)} ${byteUnits[unit] ?? "bytes"}`;
}

/** 12.4 → "12 ms"; under 10 ms keeps a decimal, so a fast check does not read as "0 ms". */
export function formatMs(ms: number): string {
  return `${ms < 10 ? oneDecimal.format(ms) : whole.format(ms)} ms`;
}

/** A configured duration: 800 → "800 ms", 15000 → "15 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? formatMs(ms) : `${oneDecimal.format(ms / 1000)} s`;
}

/** 93784 → "1 d 2 h 3 min". */
export function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} d ${hours} h ${minutes} min`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min`;
  return `${whole.format(seconds)} s`;
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

export function formatCount(value: number): string {
  return whole.format(value);
}
