/** The arithmetic the claim computations share (their result: src/claims.ts). */
import type { Verdict } from "../../src/claims.js";

export type { ClaimResult, Verdict } from "../../src/claims.js";

/**
 * The verdict of a claim made of two tests: supported if both hold, partly
 * supported if one does, not supported if neither; no data when there are too
 * few rows to judge.
 */
export function twoTests(enough: boolean, first: boolean, second: boolean): Verdict {
  if (!enough) return "no data";
  return first && second ? "supported" : first || second ? "partly supported" : "not supported";
}

/** a / b, or 0 when there is nothing to divide by. */
export function share(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** A share as a whole percentage: 0.8022 → "80%". */
export function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The median of ISO dates (the lower middle one for an even count), or null. */
export function median(values: readonly string[]): string | null {
  if (!values.length) return null;
  const sorted = [...values].sort();
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}
