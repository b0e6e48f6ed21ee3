/**
 * Held, not just reached: the share of each zone's provincial capitals under
 * Soviet power on each day, rising from November 1917 and falling in 1918 as
 * the Central Powers, the Czechoslovak Legion, the Whites and the Allies took
 * cities from it. The spread chart beside it stays "first reached".
 */

import { toGregorian } from "../calendar.js";
import { chartFunction, defineChart, need } from "../chart.js";
import { type ControlRow, heldCounts } from "../control.js";
import { BREST_LITOVSK, type TakeoverRow, ZONE_ORDER } from "../takeovers.js";
import { drawZoneShares, type SpreadPoint, type TakeoverSpreadOptions } from "./takeover-spread.js";

/** The turns of 1918 the chart marks (Gregorian dates; each is a row of events.csv). */
export const HELD_MILESTONES = [
  { date: toGregorian("1918-01-01"), label: "New Year 1918 (OS)" },
  { date: BREST_LITOVSK, label: "Brest-Litovsk" },
  { date: "1918-05-25", label: "Legion's revolt" },
  { date: "1918-11-11", label: "Armistice" },
];

/** The share of each zone's provincial capitals under Soviet power on each day of [from, to]. */
export function heldSeries(
  takeovers: readonly TakeoverRow[],
  control: readonly ControlRow[],
  from: string,
  to: string,
): SpreadPoint[] {
  const counts = heldCounts(takeovers, control, { from, to });
  const soviet = new Map(counts.filter((c) => c.status === "soviet").map((c) => [`${c.zone}|${c.date}`, c.capitals]));
  const totals = new Map(counts.map((c) => [c.zone, c.total]));
  const dates = [...new Set(counts.map((c) => c.date))];
  return ZONE_ORDER.filter((zone) => totals.has(zone)).flatMap((zone) =>
    dates.map((date) => {
      const taken = soviet.get(`${zone}|${date}`) ?? 0;
      const total = totals.get(zone) ?? 0;
      return { zone, date, taken, total, share: total ? taken / total : 0 };
    }),
  );
}

/** The holding chart's one definition. */
export const takeoverHeldSpec = defineChart({
  id: "takeover-held",
  title: "Held, not just reached: each zone's capitals under Soviet power, day by day",
  subtitle:
    "Share of each zone's guberniya and oblast capitals under Soviet power on each day: first reached, then lost to the Central Powers, the Czechoslovak Legion, the Whites, national governments or the Allies, and sometimes regained. A change known only as a range or a month counts from its first day.",
  page: "/takeovers",
  tables: ["takeovers", "control", "sources"],
  dataTable: "control-daily",
  defaults: { from: "1917-11-01", to: "1918-12-31" } as TakeoverSpreadOptions,
  // As tall as the spread chart beside it.
  height: { ratio: 0.55, min: 320, max: 520 },
  draw(data, o) {
    const control = need(data, "control");
    const series = heldSeries(need(data, "takeovers"), control, o.from, o.to);
    return { ...drawZoneShares(series, HELD_MILESTONES, o, "held"), cited: control };
  },
  /** Each zone's capitals held on each day of the window: the points of its lines. */
  rows(data, o) {
    return heldSeries(need(data, "takeovers"), need(data, "control"), o.from, o.to);
  },
});

/** The holding chart: `takeoverHeld(takeovers, {control, sources, width, calendar})`. */
export const takeoverHeld = chartFunction(takeoverHeldSpec);
