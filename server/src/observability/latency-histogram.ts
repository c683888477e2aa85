/** A Prometheus histogram of durations in seconds (cumulative buckets, sum, count). */
export class LatencyHistogram {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(private readonly bounds: readonly number[] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]) {
    this.counts = bounds.map(() => 0);
  }

  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    for (let i = 0; i < this.bounds.length; i++) if (seconds <= (this.bounds[i] ?? 0)) this.counts[i] = (this.counts[i] ?? 0) + 1;
  }

  /** The text lines of `name` (a name ending in `_seconds`). */
  render(name: string, help: string): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    this.bounds.forEach((bound, i) => lines.push(`${name}_bucket{le="${bound}"} ${this.counts[i] ?? 0}`));
    lines.push(`${name}_bucket{le="+Inf"} ${this.count}`, `${name}_sum ${this.sum}`, `${name}_count ${this.count}`);
    return lines;
  }
}
