/**
 * The spread curve: the cumulative share of each zone's provincial capitals
 * under Soviet power, day by day, with the milestones the claims name.
 */
import * as Plot from "@observablehq/plot";
import { addDays, type Calendar, daysBetween, formatDate, toGregorian } from "../calendar.js";
import { chartFunction, type DrawContext, type Drawn, defineChart, need } from "../chart.js";
import { eventLabels, eventRows } from "../event-labels.js";
import { endLabels, spreadLabels } from "../labels.js";
import { BREST_LITOVSK, type TakeoverRow, takenBy, ZONE_ORDER } from "../takeovers.js";
import { categorical, plotStyle } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";

export interface TakeoverSpreadOptions {
  /** First and last Gregorian days drawn. */
  from: string;
  to: string;
}

/** The y axis's label, at the chart's top left beside the milestones' labels. */
const Y_LABEL = "Share of the zone's provincial capitals";

/** Milestones the claims refer to (Gregorian dates). */
export const MILESTONES = [
  { date: toGregorian("1917-10-31"), label: "End of October (OS)" },
  { date: toGregorian("1918-01-01"), label: "New Year 1918 (OS)" },
  { date: BREST_LITOVSK, label: "Brest-Litovsk" },
];

export interface SpreadPoint {
  zone: string;
  date: string;
  taken: number;
  total: number;
  share: number;
}

/**
 * The cumulative share of provincial capitals under Soviet power in each zone
 * on each day. A date known as a range or a month counts from its first day.
 */
export function spreadSeries(rows: readonly TakeoverRow[], from: string, to: string): SpreadPoint[] {
  const capitals = rows.filter((r) => r.capital !== "no");
  const points: SpreadPoint[] = [];
  for (const zone of ZONE_ORDER) {
    const inZone = capitals.filter((r) => r.zone === zone);
    if (!inZone.length) continue;
    for (let day = 0; day <= daysBetween(from, to); day++) {
      const date = addDays(from, day);
      const taken = inZone.filter((r) => takenBy(r, date)).length;
      points.push({ zone, date, taken, total: inZone.length, share: taken / inZone.length });
    }
  }
  return points;
}

/** The spread curve's one definition. */
export const takeoverSpreadSpec = defineChart({
  id: "takeover-spread",
  title: "How fast each zone's capitals passed to Soviet power",
  subtitle:
    "Cumulative share of each zone's guberniya and oblast capitals where Soviet power had been established; a date known only as a range or a month counts from its first day. Capitals that were occupied or held by other governments stay in the denominator.",
  page: "/takeovers",
  tables: ["takeovers", "sources"],
  dataTable: "takeovers",
  defaults: { from: "1917-11-01", to: "1918-06-30" } as TakeoverSpreadOptions,
  // Over half as tall as wide, within bounds: on a phone the zones' end labels still have room.
  height: { ratio: 0.55, min: 320, max: 520 },
  draw(data, o) {
    return drawZoneShares(spreadSeries(need(data, "takeovers"), o.from, o.to), MILESTONES, o, "reached");
  },
  /** Each zone's capitals reached by each day of the window: the points of its lines. */
  rows(data, o) {
    return spreadSeries(need(data, "takeovers"), o.from, o.to);
  },
});

/** The spread curve: `takeoverSpread(takeovers, {sources, width, calendar, from, to})`. */
export const takeoverSpread = chartFunction(takeoverSpreadSpec);

/**
 * Draws one line per zone: the share of its provincial capitals that Soviet
 * power had reached (`reached`) or held (`held`) on each day, with milestones
 * and each zone's name and count at its line's end. The step both the spread
 * and the holding charts take.
 */
export function drawZoneShares(
  points: readonly SpreadPoint[],
  milestoneDates: readonly { date: string; label: string }[],
  { document, width, height, calendar, theme, scale, title, type, c, from, to }: DrawContext<TakeoverSpreadOptions>,
  measure: "reached" | "held",
): Drawn {
  const series = points.map((p) => ({ ...p, at: utcDate(p.date) }));
  const zones = ZONE_ORDER.filter((z) => series.some((p) => p.zone === z));
  const palette = categorical(theme);
  const last = zones
    .map((zone) => series.filter((p) => p.zone === zone).at(-1) as (typeof series)[number])
    .sort((a, b) => b.share - a.share);
  // Each zone's name and count at its line's end: on a phone, the count goes under the name.
  const labels = endLabels(
    last.map((p) => ({ name: p.zone, value: `${p.taken}/${p.total}` })),
    { width, fontSize: type.label, gap: 10 * scale, min: 150 * scale },
  );
  const margin = { left: 44 * scale, right: labels.margin };
  // The milestones' labels, in as many rows over the frame as a narrow chart needs.
  const milestones = eventRows(milestoneDates, {
    width,
    ...margin,
    from,
    to,
    fontSize: type.tick,
    scale,
    yLabel: Y_LABEL,
  });
  const plotHeight = height - milestones.marginTop - 36 * scale;
  // Zones that end level would print their labels on top of each other: nudge them apart.
  const nudged = spreadLabels(
    last.map((p) => 1 - p.share),
    (type.label * (labels.lines === 1 ? 1.3 : 2.5)) / plotHeight,
    0,
    1.2,
  );
  const ends = last.map((p, i) => ({ ...p, labelShare: 1 - (nudged[i] ?? 0), label: labels.texts[i] ?? "" }));
  const plot = Plot.plot({
    document,
    width,
    height,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: milestones.marginTop,
    marginBottom: 36 * scale,
    style: plotStyle(theme, scale),
    ariaLabel: title,
    ariaDescription: describeSpread(ends, to, calendar, measure),
    x: { ...calendarX(from, to, calendar, width - margin.left - margin.right, 70 * scale) },
    y: { domain: [0, 1], tickFormat: "%", grid: true, label: Y_LABEL, clamp: false },
    color: { domain: zones, range: zones.map((z) => palette[ZONE_ORDER.indexOf(z)] ?? c.foreground) },
    marks: [
      Plot.ruleX(milestoneDates, { x: (d) => utcDate(d.date), stroke: c.faint, strokeDasharray: "3,3" }),
      ...eventLabels(milestones.labels, { fill: c.muted, fontSize: type.tick, scale }),
      Plot.line(series, { x: "at", y: "share", stroke: "zone", curve: "step-after", strokeWidth: 2.25 * scale }),
      Plot.link(ends, { x1: "at", y1: "share", x2: "at", y2: "labelShare", stroke: "zone", strokeOpacity: 0.5 }),
      Plot.text(ends, {
        x: "at",
        y: "labelShare",
        text: "label",
        fill: "zone",
        textAnchor: "start",
        dx: 6 * scale,
        fontSize: type.label,
      }),
      Plot.tip(
        series,
        Plot.pointer({
          x: "at",
          y: "share",
          stroke: "zone",
          title: (d) =>
            `${d.zone}\n${formatDate(d.date, calendar)}\n${d.taken} of ${d.total} capitals ${measure === "held" ? "held" : "reached"} (${Math.round(d.share * 100)}%)`,
        }),
      ),
    ],
  });
  return { plot };
}

function describeSpread(
  ends: readonly SpreadPoint[],
  to: string,
  calendar: Calendar,
  measure: "reached" | "held",
): string {
  const what = measure === "held" ? "held by Soviet power on each day" : "that Soviet power had reached";
  return `Line chart of the share of provincial capitals ${what}, by zone. On ${formatDate(to, calendar)}: ${ends
    .map((e) => `${e.zone} ${e.taken} of ${e.total}`)
    .join("; ")}.`;
}
