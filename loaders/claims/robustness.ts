/**
 * How sure a verdict is: the claim computed again under each reading the data
 * support (a range's last day instead of its first, the alternative dates,
 * low-confidence rows left out, the Finnish rows left out, another count
 * definition…), and the rows that move it.
 *
 * A reading changes some rows of the claim's tables (or none, and then it is
 * not counted). When a reading changes the verdict, each changed row is tried
 * alone: the rows that move the verdict by themselves are named; if none does,
 * the reading's rows are named together.
 */
import type { ClaimResult, Robustness } from "../../src/claims.js";

/** Another reading of a claim's data. */
export interface Reading<D> {
  id: string;
  /** "if range ends are read instead of starts": completes "becomes X …". */
  label: string;
  /** The rows (by key) this reading changes or leaves out. */
  touches(data: D): string[];
  /** The data under this reading, for every row it touches, or only for `only`. */
  apply(data: D, only?: ReadonlySet<string>): D;
}

/** How many rows a reading names before "and N more". */
const NAMED = 6;

/** The claim's verdict under every reading, and what moves it. */
export function robustness<D>(claim: (data: D) => ClaimResult, data: D, readings: readonly Reading<D>[]): Robustness {
  const base = claim(data).verdict;
  const tried = readings.filter((r) => r.touches(data).length > 0);
  const changes: Robustness["changes"] = [];
  for (const reading of tried) {
    const verdict = claim(reading.apply(data)).verdict;
    if (verdict === base) continue;
    const keys = reading.touches(data);
    const movers = keys.filter((key) => claim(reading.apply(data, new Set([key]))).verdict !== base);
    changes.push({
      reading: reading.id,
      label: reading.label,
      verdict,
      rows: movers,
      together: movers.length ? 0 : keys.length,
    });
  }
  return { readings: tried.length, robust: changes.length === 0, changes, summary: summary(tried.length, changes) };
}

function rowList(rows: readonly string[]): string {
  const shown = rows.slice(0, NAMED);
  const more = rows.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** "Robust: the same verdict under all 4 readings." or "Fragile: becomes partly supported if … (Novgorod, Ufa)." */
export function summary(readings: number, changes: Robustness["changes"]): string {
  if (!readings) return "No other reading of the data applies to this claim.";
  if (!changes.length)
    return `Robust: the same verdict under ${readings === 1 ? "the one reading" : `all ${readings} readings`} of the data tried.`;
  const parts = changes.map(
    (c) =>
      `becomes ${c.verdict} ${c.label} (${c.rows.length ? rowList(c.rows) : `no one row: the ${c.together} it changes, together`})`,
  );
  return `Fragile: ${parts.join("; ")}.`;
}

/** A claim's result with its robustness. */
export function withRobustness<D>(
  claim: (data: D) => ClaimResult,
  data: D,
  readings: readonly Reading<D>[],
): ClaimResult {
  return { ...claim(data), robustness: robustness(claim, data, readings) };
}

/**
 * A reading that maps rows of one table of the data: `map` returns the row
 * under the reading, the same object when the reading leaves it alone, or null
 * to leave it out. Rows are keyed by `key` (a city, a government's id), so
 * that one reading can change a city's rows in two tables together (`both`).
 */
export function rowReading<D, K extends keyof D & string, R extends { [P in K]: readonly unknown[] }[K][number]>(
  table: K,
  id: string,
  label: string,
  key: (row: R) => string,
  map: (row: R) => R | null,
): Reading<D> {
  const rows = (data: D) => data[table] as unknown as readonly R[];
  return {
    id,
    label,
    touches: (data) => [
      ...new Set(
        rows(data)
          .filter((row) => map(row) !== row)
          .map(key),
      ),
    ],
    apply(data, only) {
      const mapped = rows(data).flatMap((row) => {
        if (only && !only.has(key(row))) return [row];
        const out = map(row);
        return out === null ? [] : [out];
      });
      return { ...data, [table]: mapped };
    },
  };
}

/** Two readings as one: both applied (for a row of one and its rows in another table). */
export function both<D>(id: string, label: string, a: Reading<D>, b: Reading<D>): Reading<D> {
  return {
    id,
    label,
    touches: (data) => [...new Set([...a.touches(data), ...b.touches(data)])],
    apply: (data, only) => b.apply(a.apply(data, only), only),
  };
}
