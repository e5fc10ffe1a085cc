/** Relative growth between bin edges: quantiles are reported within about ±5 %. */
const gamma = 1.1;
const logGamma = Math.log(gamma);
/** Values at or below this (10 µs) share the first bin. */
const minMs = 0.01;
/** Enough bins to reach ~10 minutes; anything slower lands in the last bin. */
const binCount = Math.ceil(Math.log(600_000 / minMs) / logGamma) + 1;

/**
 * A fixed-size latency histogram with logarithmic bins (the DDSketch idea): constant memory
 * (~760 bytes) however many samples it sees, mergeable, and quantiles with a bounded relative error.
 */
export class LatencySketch {
  private readonly bins = new Uint32Array(binCount);
  count = 0;
  sumMs = 0;
  minMs = Number.POSITIVE_INFINITY;
  maxMs = 0;

  record(durationMs: number): void {
    const value = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
    const index = value <= minMs ? 0 : Math.min(binCount - 1, Math.ceil(Math.log(value / minMs) / logGamma));
    this.bins[index] = (this.bins[index] ?? 0) + 1;
    this.count++;
    this.sumMs += value;
    if (value < this.minMs) this.minMs = value;
    if (value > this.maxMs) this.maxMs = value;
  }

  merge(other: LatencySketch): void {
    for (let i = 0; i < binCount; i++) this.bins[i] = (this.bins[i] ?? 0) + (other.bins[i] ?? 0);
    this.count += other.count;
    this.sumMs += other.sumMs;
    this.minMs = Math.min(this.minMs, other.minMs);
    this.maxMs = Math.max(this.maxMs, other.maxMs);
  }

  /** The q-quantile (0..1) in ms, or null when empty. */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < binCount; i++) {
      seen += this.bins[i] ?? 0;
      if (seen >= rank) {
        // The last bin is open-ended: its only honest value is the maximum seen.
        if (i === binCount - 1) return this.maxMs;
        // The bin's midpoint in relative terms; clamped so no quantile lies outside what was seen.
        const estimate = i === 0 ? this.minMs : (minMs * gamma ** i * 2) / (gamma + 1);
        return Math.min(this.maxMs, Math.max(this.minMs, estimate));
      }
    }
    return this.maxMs;
  }
}
