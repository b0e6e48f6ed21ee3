/**
 * What a claim's computation returns, for the claims' loaders (loaders/claims/)
 * and the claim cards alike: the verdicts, once.
 */

/** The verdicts a claim can get, from the data. */
export const VERDICTS = ["supported", "partly supported", "not supported", "no data"] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Each verdict's badge: its symbol and colour (Okabe–Ito blue, a dark
 * yellow, vermillion and grey, each with white text at 4.5:1 or more; the
 * symbols tell them apart without colour). The cards and the claim charts
 * both draw them.
 */
export const VERDICT_BADGE: Record<Verdict, { background: string; symbol: string }> = {
  supported: { background: "#0072B2", symbol: "✓" },
  "partly supported": { background: "#9a6a00", symbol: "◐" },
  "not supported": { background: "#b34700", symbol: "✗" },
  "no data": { background: "#6b6f76", symbol: "?" },
};

/** A verdict in words, capitalised: "Partly supported". */
export const verdictWords = (verdict: Verdict): string => `${verdict[0]?.toUpperCase()}${verdict.slice(1)}`;

/** A verdict as its badge reads: "◐ Partly supported". */
export const verdictText = (verdict: Verdict): string => `${VERDICT_BADGE[verdict].symbol} ${verdictWords(verdict)}`;

export interface ClaimResult {
  /** The claim's number in shared/claims.md. */
  id: number;
  title: string;
  /** The claim, paraphrased, with attribution. */
  claim: string;
  verdict: Verdict;
  /** The rule that turns the figures into the verdict, in words. */
  rule: string;
  /** The computed figures, for tests and for pages that chart them. */
  figures: Record<string, unknown>;
  /** The figures in a sentence. */
  finding: string;
  /** The verdict under the other readings the data support (loaders/claims/robustness.ts). */
  robustness?: Robustness;
}

/** How a verdict fares under other readings of the data. */
export interface Robustness {
  /** How many readings change some of the claim's rows. */
  readings: number;
  /** The same verdict under all of them. */
  robust: boolean;
  /**
   * Each reading that changes the verdict: to what, and the rows that move it
   * by themselves; when none does alone, `together` counts the rows it changes.
   */
  changes: { reading: string; label: string; verdict: Verdict; rows: string[]; together: number }[];
  /** "Robust: the same verdict under all N readings" or "Fragile: becomes … if … (rows)". */
  summary: string;
}
