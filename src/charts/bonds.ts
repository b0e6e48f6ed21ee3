/**
 * What investors made of the revolution: the Russian 5% loan of 1906 and 4½%
 * loan of 1909 in London, month by month, against French 3% rentes quoted
 * there, 1913–1919 — as prices (January 1914 = 100) or as the spread of their
 * current yield over the rentes'. The events are marked; a month with no
 * quotation is a gap, and the London exchange's closure of 1914 is shown as a
 * closure, not a line.
 */
import * as Plot from "@observablehq/plot";
import { addDays, formatDate, monthEnd } from "../calendar.js";
import { type ChartOptions, chartFunction, defineChart, need } from "../chart.js";
import { eventLabels, eventRows } from "../event-labels.js";
import { type LondonDerivedRow, SECURITIES_WINDOW, statusSpans } from "../securities.js";
import { categorical, plotStyle } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";

/** The chart's state: prices, or yield spreads. */
export type BondsOptions = Required<Pick<ChartOptions, "measure">>;

/** Events marked on the chart, found in events.csv by their opening words (a short label each). */
const EVENTS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /^February Revolution/, label: "February" },
  { pattern: /^Bolshevik insurrection/, label: "October" },
  { pattern: /annuls all state loans/, label: "Loans annulled" },
  { pattern: /^Treaty of Brest-Litovsk/, label: "Brest-Litovsk" },
  { pattern: /^Revolt of the Czechoslovak Legion/, label: "Legion's revolt" },
  { pattern: /^Allied force/, label: "Allies at Arkhangelsk" },
  { pattern: /^Armistice between the Entente/, label: "Armistice" },
];

/** The events of events.csv the chart marks, with their short labels. */
export function bondEvents(events: readonly { date: string; event: string }[]): { date: string; label: string }[] {
  return EVENTS.flatMap(({ pattern, label }) => {
    const row = events.find((e) => pattern.test(e.event));
    return row ? [{ date: row.date, label }] : [];
  });
}

/** The benchmark's line label and the bonds' short names. */
const BENCHMARK = "French 3% rentes (benchmark)";
const shortName = (row: LondonDerivedRow) => (row.series.includes("4half") ? "Russian 4½% 1909" : "Russian 5% 1906");

/** Every month-end from the first to the last, so a month with no price is a gap, not a line across it. */
function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  for (let end = monthEnd(from); end <= to; end = monthEnd(addDays(end, 1))) out.push(end);
  return out;
}

/** One series as a line of month-ends, null where there is no value. */
function line(name: string, values: ReadonlyMap<string, number | null>, months: readonly string[]) {
  return months.map((date) => ({ series: name, date, at: utcDate(date), value: values.get(date) ?? null }));
}

/** The chart's lines under a measure: each bond's, and the benchmark's with the prices; a month-end each. */
function bondLines(rows: readonly LondonDerivedRow[], measure: BondsOptions["measure"]) {
  const months = monthEnds(SECURITIES_WINDOW.from, SECURITIES_WINDOW.to);
  const bonds = [...new Set(rows.map(shortName))];
  return [
    ...bonds.map((name) =>
      line(
        name,
        new Map(
          rows
            .filter((r) => shortName(r) === name)
            .map((r) => [r.date, measure === "price" ? r.price_index : r.spread]),
        ),
        months,
      ),
    ),
    ...(measure === "price" ? [line(BENCHMARK, new Map(rows.map((r) => [r.date, r.benchmark_index])), months)] : []),
  ].flat();
}

const Y_LABELS = {
  price: "Price, January 1914 = 100",
  spread: "Yield over French rentes, percentage points",
} as const;

/** The bonds chart's one definition. */
export const bondsSpec = defineChart({
  id: "bonds-london",
  title: "What investors made of the revolution: Russian bonds in London, 1913–1919",
  page: "/money",
  tables: ["securities-derived", "exchange-status", "events", "sources"],
  dataTable: "securities-derived",
  defaults: { measure: "price" } as BondsOptions,
  // Over half as tall as wide, within bounds, like the ruble's chart beside it.
  height: { ratio: 0.55, min: 320, max: 520 },
  controls: ["bonds-measure"],
  draw(data, { document, width, height, calendar, theme, scale, title, type, c, measure }) {
    const rows = need(data, "securities-derived");
    const { from, to } = SECURITIES_WINDOW;
    const palette = categorical(theme);
    const bonds = [...new Set(rows.map(shortName))];
    const lines = bondLines(rows, measure);
    const domain = measure === "price" ? [...bonds, BENCHMARK] : bonds;
    const closed = statusSpans(data["exchange-status"] ?? [], "london", to).filter((s) => s.status === "closed");
    const events = bondEvents(data.events ?? []).filter((e) => e.date >= from && e.date <= to);
    const margin = { left: 48 * scale, right: 20 * scale };
    const yLabel = Y_LABELS[measure];
    const labels = eventRows(events, { width, ...margin, from, to, fontSize: type.tick, scale, yLabel });
    const shown = lines.filter((p) => p.value !== null);
    const plot = Plot.plot({
      document,
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: labels.marginTop,
      marginBottom: 40 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: describeBonds(rows, measure),
      x: { ...calendarX(from, to, calendar, width, 60 * scale) },
      // Prices on a fixed frame from 30 to 110, widened to the lowest price if one falls below it.
      y: {
        grid: true,
        label: yLabel,
        ...(measure === "price"
          ? { domain: [Math.min(30, Math.floor(Math.min(...shown.map((p) => p.value as number)) / 10) * 10), 110] }
          : {}),
      },
      color: { domain, range: domain.map((_, i) => (i === bonds.length ? c.muted : (palette[i] ?? c.foreground))) },
      marks: [
        // The closure: a band, with its name; no line runs across it.
        Plot.rectX(closed, {
          x1: (s) => utcDate(s.from),
          x2: (s) => utcDate(s.to),
          fill: c.grid,
          fillOpacity: 0.8,
        }),
        Plot.text(closed, {
          x: (s) => utcDate(s.from),
          frameAnchor: "bottom",
          text: () => "London closed",
          textAnchor: "start",
          dx: 3 * scale,
          dy: -4 * scale,
          fill: c.muted,
          fontSize: type.tick,
        }),
        Plot.ruleX(events, { x: (e) => utcDate(e.date), stroke: c.faint, strokeDasharray: "3,3" }),
        ...eventLabels(labels.labels, { fill: c.muted, fontSize: type.tick, scale }),
        measure === "spread" ? Plot.ruleY([0], { stroke: c.faint }) : Plot.ruleY([100], { stroke: c.faint }),
        Plot.line(lines, { x: "at", y: "value", stroke: "series", strokeWidth: 2 * scale }),
        Plot.tip(
          shown,
          Plot.pointer({
            x: "at",
            y: "value",
            stroke: "series",
            title: (p) =>
              `${p.series}\n${formatDate(p.date, calendar)}\n${measure === "price" ? `${p.value} (January 1914 = 100)` : `${p.value} points over French rentes`}`,
          }),
        ),
      ],
    });
    return {
      plot,
      legend: true,
      subtitle:
        measure === "price"
          ? "Month-end prices in London as a share of January 1914's: the two Russian state loans against French 3% rentes, so that the war's general fall in bond prices is told apart from Russia's own. A gap: no quotation that month."
          : "How much more the Russian loans paid than French rentes at their London prices (current yield: coupon ÷ price), in percentage points; a wider spread is a greater risk priced in. After March 1918 Britain paid no Russian coupons, so the yield is on coupons no one was paying.",
      note: "Prices from the Investor's Monthly Manual (Yale ICF), through a published extract; not yet checked against a second source.",
    };
  },
  /** The lines' points under the measure, month-end by month-end; a month without a quotation is left out, as it is a gap. */
  rows(data, { measure }) {
    return bondLines(need(data, "securities-derived"), measure)
      .filter((p) => p.value !== null)
      .map((p) => ({ series: p.series, date: p.date, measure, value: p.value, unit: Y_LABELS[measure] }));
  },
});

/** The bonds chart: `bondsChart(securitiesDerived, {"exchange-status": …, events, sources, measure})`. */
export const bondsChart = chartFunction(bondsSpec);

function describeBonds(rows: readonly LondonDerivedRow[], measure: "price" | "spread"): string {
  const at = (date: string) => rows.find((r) => r.series.includes("5pct-1906") && r.date === date);
  const pick = (r: LondonDerivedRow | undefined) => (measure === "price" ? r?.price_index : r?.spread);
  return `Line chart, month by month, 1913–1919, of the Russian 5% 1906 and 4½% 1909 loans in London${measure === "price" ? " against French rentes, January 1914 = 100" : ", as the spread of their yield over French rentes"}. The 5% 1906 stood at ${pick(at("1917-10-31")) ?? "?"} in October 1917, ${pick(at("1917-11-30")) ?? "?"} in November, ${pick(at("1918-02-28")) ?? "?"} in February 1918 and ${pick(at("1918-10-31")) ?? "?"} in October 1918.`;
}
