/**
 * The ruble's fall: its value as a per cent of gold parity on a log scale,
 * one line per series, the derived (cross-rate) series dashed beside the
 * quotation as published, missing months left as gaps, events annotated.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate } from "../calendar.js";
import { chartFunction, defineChart, need } from "../chart.js";
import { eventLabels, eventRows } from "../event-labels.js";
import { DERIVED_SERIES, type DerivedPoint, type DerivedSeries, type RubleRow, rubleAnnotations } from "../money.js";
import { categorical, plotStyle } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";

export interface RubleChartOptions {
  /** Events to mark on the time axis (default: those of the events and exchange-events tables the chart names). */
  annotations?: readonly { date: string; label: string }[];
  from: string;
  to: string;
}

/** The observed Stockholm quotation, as a per cent of its January 1914 level (then at parity). */
export const OBSERVED_LABEL = "Stockholm quotation as published (kronor per ruble), % of Jan 1914";

/** The y axis's label: Plot sets it, with its arrow, at the chart's top left, where event labels must not go. */
const Y_LABEL = "Value, per cent of gold parity (log scale)";

/**
 * One monthly line of the chart: a point for every month from the first to the
 * last, so that a month with no quotation is a gap, not a straight line across
 * it; each point with its tooltip.
 */
function line<T extends { date: string }>(
  series: string,
  points: readonly T[],
  value: (p: T) => number,
  tip: (p: T, value: number) => string,
): { series: string; date: string; at: Date; value: number | null; tip: string }[] {
  if (!points.length) return [];
  const byMonth = new Map(points.map((p) => [p.date.slice(0, 7), p]));
  const out: { series: string; date: string; at: Date; value: number | null; tip: string }[] = [];
  let [y, m] = (points[0] as T).date.split("-").map(Number) as [number, number];
  const last = (points.at(-1) as T).date.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    const point = byMonth.get(key);
    const v = point ? value(point) : null;
    const date = `${key}-01`;
    out.push({ series, date, at: utcDate(date), value: v, tip: point && v !== null ? tip(point, v) : "" });
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The ruble chart's one definition. */
export const rubleSpec = defineChart({
  id: "ruble",
  title: "The ruble's fall, 1914–1918",
  page: "/money",
  tables: ["ruble-derived", "ruble", "events", "exchange-events", "sources"],
  dataTable: "ruble-derived",
  defaults: { from: "1914-01-01", to: "1918-12-31" } as RubleChartOptions,
  // Over half as tall as wide, within bounds: a phone still gets room for the log scale.
  height: { ratio: 0.55, min: 320, max: 520 },
  draw(data, { document, width, height, from, to, calendar, theme, scale, title, type, c, ...o }) {
    const derived = need(data, "ruble-derived");
    const palette = categorical(theme);
    const inWindow = derived.filter((d) => d.date >= from && d.date <= to);
    const monthly = inWindow
      .filter((d) => d.series === "usd-cents-via-stockholm")
      .sort((a, b) => a.date.localeCompare(b.date));
    const lines = line(
      DERIVED_SERIES["usd-cents-via-stockholm"].label,
      monthly,
      (p) => p.pct_parity,
      (p, value) =>
        `${formatDate(p.date, calendar).replace(/^\d+ /, "")}: ${value}% of gold parity (derived)\n${p.derived_from}`,
    );
    const observed = line(
      OBSERVED_LABEL,
      observedQuotes(data.ruble ?? [], from, to),
      (q) => q.pct,
      (q, value) => `${q.date.slice(0, 7)}: ${q.value} kronor per 100 rubles (${value}% of January 1914)`,
    );
    const yearly = inWindow.filter((d) => d.series === "usd-cents-clio-infra");
    const official = inWindow.filter((d) => d.series === "usd-cents-petrograd-official");
    const seriesDomain = [
      OBSERVED_LABEL,
      ...(Object.keys(DERIVED_SERIES) as DerivedSeries[]).map((k) => DERIVED_SERIES[k].label),
    ];
    const seriesRange = [c.foreground, palette[0] ?? "", palette[1] ?? "", palette[2] ?? ""];
    const annotations = (o.annotations ?? rubleAnnotations(data.events ?? [], data["exchange-events"] ?? [])).filter(
      (a) => a.date >= from && a.date <= to,
    );
    const parity = derived[0]?.parity_cents ?? "?";
    const margin = { left: 48 * scale, right: 20 * scale };
    const events = eventRows(annotations, { width, ...margin, from, to, fontSize: type.tick, scale, yLabel: Y_LABEL });
    const plot = Plot.plot({
      document,
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: events.marginTop,
      marginBottom: 40 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: describeRuble(monthly, calendar),
      x: { ...calendarX(from, to, calendar, width, 60 * scale) },
      y: {
        type: "log",
        domain: [10, 110],
        ticks: [10, 20, 30, 50, 70, 100],
        tickFormat: (d: number) => `${d}%`,
        grid: true,
        label: Y_LABEL,
      },
      color: { domain: seriesDomain, range: seriesRange },
      marks: [
        Plot.ruleY([100], { stroke: c.faint }),
        Plot.ruleX(annotations, { x: (a) => utcDate(a.date), stroke: c.faint, strokeDasharray: "3,3" }),
        ...eventLabels(events.labels, { fill: c.muted, fontSize: type.tick, scale }),
        // Observed quotation: solid.
        Plot.line(observed, { x: "at", y: "value", stroke: "series", strokeWidth: 1.75 * scale }),
        // Derived series: dashed lines, hollow marks.
        Plot.line(lines, {
          x: "at",
          y: "value",
          stroke: "series",
          strokeWidth: 2 * scale,
          strokeDasharray: `${5 * scale},${3 * scale}`,
        }),
        Plot.ruleY(yearly, {
          x1: (d: DerivedPoint) => utcDate(d.date),
          x2: (d: DerivedPoint) => utcDate(`${d.date.slice(0, 4)}-12-31`),
          y: "pct_parity",
          stroke: () => DERIVED_SERIES["usd-cents-clio-infra"].label,
          strokeWidth: 2 * scale,
          strokeDasharray: `${5 * scale},${3 * scale}`,
        } as Plot.RuleYOptions),
        Plot.dot(official, {
          x: (d: DerivedPoint) => utcDate(d.date),
          y: "pct_parity",
          stroke: () => DERIVED_SERIES["usd-cents-petrograd-official"].label,
          r: 4 * scale,
          fill: c.background,
          strokeWidth: 1.5 * scale,
        }),
        Plot.tip(
          [...lines, ...observed].filter((p) => p.value !== null),
          Plot.pointer({ x: "at", y: "value", title: "tip" }),
        ),
      ],
    });
    return {
      plot,
      legend: true,
      cited: inWindow,
      subtitle: `The ruble's value as a per cent of its 1897 gold parity (${parity} US cents). Dashed: derived by us from published rates (US cents per ruble via Stockholm's dollar rate, Clio Infra's yearly averages, Petrograd's official rate); solid: the Stockholm quotation itself. Gaps are months with no quotation; Stockholm stopped quoting the ruble after December 1917.`,
    };
  },
  /**
   * The points drawn, one row each: every derived series in the window (per
   * cent of gold parity) and the Stockholm quotation (per cent of January
   * 1914), with the figure each is computed from.
   */
  rows(data, { from, to }) {
    const derived = need(data, "ruble-derived")
      .filter((d) => d.date >= from && d.date <= to)
      .map((d) => ({
        series: d.series,
        label: DERIVED_SERIES[d.series as DerivedSeries]?.label ?? d.series,
        date: d.date,
        period: d.period,
        value: d.pct_parity,
        unit: "% of gold parity",
        from_value: d.usd_cents,
        from_unit: "US cents per ruble",
        sources: d.sources,
      }));
    const observed = observedQuotes(data.ruble ?? [], from, to).map((q) => ({
      series: q.series,
      label: OBSERVED_LABEL,
      date: q.date,
      period: q.period,
      value: q.pct,
      unit: "% of January 1914",
      from_value: q.value,
      from_unit: q.unit,
      sources: q.sources,
    }));
    return [...observed, ...derived];
  },
});

/**
 * The Stockholm quotations drawn (kronor per 100 rubles, suspect ones left
 * out), each as a per cent of January 1914's; none without that base.
 */
function observedQuotes(ruble: readonly RubleRow[], from: string, to: string): (RubleRow & { pct: number })[] {
  const quotes = ruble
    .filter((q) => q.series === "sek-per-100-rub" && q.date >= from && q.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date));
  const base = quotes.find((q) => q.date === "1914-01-01")?.value;
  if (!base) return [];
  return quotes
    .filter((q) => q.flag !== "suspect")
    .map((q) => ({ ...q, pct: Math.round((1000 * q.value) / base) / 10 }));
}

/** The ruble chart: `rubleChart(rubleDerived, {ruble, events, "exchange-events": exchangeEvents, sources})`. */
export const rubleChart = chartFunction(rubleSpec);

function describeRuble(monthly: readonly DerivedPoint[], calendar: Calendar): string {
  const first = monthly[0];
  const last = monthly.at(-1);
  const low = [...monthly].sort((a, b) => a.pct_parity - b.pct_parity)[0];
  if (!first || !last || !low) return "No monthly quotations in the selected period.";
  return `Line chart, log scale: the ruble went from ${first.pct_parity}% of gold parity in ${formatDate(first.date, calendar).replace(/^\d+ /, "")} to ${last.pct_parity}% in ${formatDate(last.date, calendar).replace(/^\d+ /, "")}; lowest ${low.pct_parity}% in ${formatDate(low.date, calendar).replace(/^\d+ /, "")}.`;
}
