/**
 * The q-quantile (0..1) of `values`, interpolated between the two nearest ranks (what
 * spreadsheets' PERCENTILE and most statistics tools do): the median of 1, 2, 3, 4 is 2.5.
 * Null for no values. Sorts a copy.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
