/**
 * Claims about holding, not just reaching, put to the control table: Lenin's
 * "triumphal march of Soviet power" from October to February (claim 17), and
 * its reversal in 1918 (claim 18). Figures are computed; each verdict follows
 * from the rule stated beside it.
 */
import { formatDate } from "../../src/calendar.js";
import { cityStatus, sequences } from "../../src/control.js";
import { HELD_ELSEWHERE, takenBy, ZONE_ORDER } from "../../src/takeovers.js";
import type { TakeoverData } from "./readings.js";
import { type ClaimResult, pct, share } from "./verdict.js";

/** The end of Lenin's "October to February" (Gregorian: February 1918 ended on the 28th, after the calendar switch). */
export const END_OF_FEBRUARY = "1918-02-28";
/** The late summer of 1918, after the Czechoslovak Legion's revolt and before the autumn's returns. */
export const LATE_SUMMER = "1918-09-01";
export const END_OF_1918 = "1918-12-31";

/** Provincial capitals Soviet power could reach: not occupied or held by another government throughout. */
const reachable = (data: TakeoverData) =>
  data.takeovers.filter((t) => t.capital !== "no" && !HELD_ELSEWHERE.includes(t.mode));

/** The capitals reached by a day (first establishment), by zone, in a sentence. */
function byZone(rows: readonly { zone: string }[], of: readonly { zone: string }[]): string {
  return ZONE_ORDER.filter((z) => of.some((r) => r.zone === z))
    .map((z) => `${z} ${rows.filter((r) => r.zone === z).length}/${of.filter((r) => r.zone === z).length}`)
    .join(", ");
}

export function claim17(data: TakeoverData): ClaimResult {
  const capitals = reachable(data);
  const reached = capitals.filter((t) => takenBy(t, END_OF_FEBRUARY));
  const everReached = capitals.filter((t) => t.date !== null);
  const reachedShare = share(reached.length, capitals.length);
  const rule = `Supported if by ${formatDate(END_OF_FEBRUARY)} Soviet power had first been established in at least three quarters of the provincial capitals it could reach (those not occupied by the Central Powers or held by another government throughout); partly supported if in at least half; not supported otherwise. A date known only as a range or a month counts from its first day.`;
  const verdict =
    capitals.length < 10
      ? "no data"
      : reachedShare >= 0.75
        ? "supported"
        : reachedShare >= 0.5
          ? "partly supported"
          : "not supported";
  return {
    id: 17,
    title: "A triumphal march, October to February",
    claim:
      'Soviet power spread across the country in a "triumphal march" from October 1917 to February 1918 (Lenin, March 1918).',
    verdict,
    rule,
    figures: {
      capitals: capitals.length,
      reached: reached.length,
      reachedShare,
      everReached: everReached.length,
      by: END_OF_FEBRUARY,
    },
    finding: `By ${formatDate(END_OF_FEBRUARY)} Soviet power had come to ${reached.length} of the ${capitals.length} provincial capitals it could reach (${pct(reachedShare)}); by the end of 1918, to ${everReached.length} that our sources date. By zone: ${byZone(reached, capitals)}.`,
  };
}

export function claim18(data: TakeoverData): ClaimResult {
  const bySequence = sequences(data.control);
  const reached = reachable(data).filter((t) => takenBy(t, END_OF_FEBRUARY));
  const heldOn = (day: string) => reached.filter((t) => cityStatus(t, bySequence.get(t.city), day).status === "soviet");
  const summer = heldOn(LATE_SUMMER);
  const end = heldOn(END_OF_1918);
  const summerShare = share(summer.length, reached.length);
  const lostBySummer = reached.filter((t) => !summer.includes(t));
  const rule = `Of the provincial capitals reached by ${formatDate(END_OF_FEBRUARY)}: supported if fewer than half were still under Soviet power on ${formatDate(LATE_SUMMER)} and more were under it on ${formatDate(END_OF_1918)} than on ${formatDate(LATE_SUMMER)} (the autumn's return); partly supported if one of the two holds; not supported if neither.`;
  const reversed = summerShare < 0.5;
  const returning = end.length > summer.length;
  const verdict =
    reached.length < 10
      ? "no data"
      : reversed && returning
        ? "supported"
        : reversed || returning
          ? "partly supported"
          : "not supported";
  return {
    id: 18,
    title: "The march reversed, then resumed",
    claim:
      "The march did not hold: in 1918 Soviet power lost much of what it had reached — Ukraine and the Crimea to the Central Powers, the Volga, the Urals and Siberia to the Czechoslovak Legion and the governments it brought, the Don and the Kuban to the Whites — and began to return only in the autumn (a common account of 1918).",
    verdict,
    rule,
    figures: {
      reached: reached.length,
      heldLateSummer: summer.length,
      heldEnd: end.length,
      summerShare,
      lostBySummer: lostBySummer.map((t) => t.city),
    },
    finding: `Of the ${reached.length} provincial capitals reached by ${formatDate(END_OF_FEBRUARY)}, ${summer.length} (${pct(summerShare)}) were still under Soviet power on ${formatDate(LATE_SUMMER)} and ${end.length} (${pct(share(end.length, reached.length))}) on ${formatDate(END_OF_1918)}. Held on ${formatDate(LATE_SUMMER)}, by zone: ${byZone(summer, reached)}.`,
  };
}
