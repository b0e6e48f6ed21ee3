/** Placing text labels so they do not overlap. */

/**
 * Label positions along one axis: as close to each dot as possible, at least `gap` apart, inside [top, bottom].
 * `positions` must be in ascending order; the result keeps that order.
 */
export function spreadLabels(positions: readonly number[], gap: number, top: number, bottom: number): number[] {
  const out = positions.map((p) => Math.max(top, Math.min(bottom, p)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i] ?? 0, (out[i - 1] ?? 0) + gap);
  const last = out.length - 1;
  if (last >= 0) out[last] = Math.min(out[last] ?? 0, bottom);
  for (let i = last - 1; i >= 0; i--) out[i] = Math.min(out[i] ?? 0, (out[i + 1] ?? 0) - gap);
  return out;
}
