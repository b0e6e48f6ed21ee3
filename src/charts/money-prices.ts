/**
 * Money and prices: money in circulation against a price index, both as
 * indices of the first half of 1914, on a log scale (Stone's half-yearly table).
 */
import * as Plot from "@observablehq/plot";
import { chartFunction, defineChart, need } from "../chart.js";
import { endLabels } from "../labels.js";
import type { MoneySeriesRow } from "../money.js";
import { categorical, plotStyle } from "../theme.js";
import { utcDate } from "../time-axis.js";

/** The two series drawn, and their labels. */
export const MONEY_PRICE_SERIES: Record<string, string> = {
  "money-in-circulation-pct-of-1914h1": "Money in circulation",
  "price-index": "Prices",
};

const half = (iso: string) => `${iso.slice(0, 4)} ${iso.slice(5, 7) === "01" ? "1st" : "2nd"} half`;

/** Money and prices' one definition. */
export const moneyPricesSpec = defineChart({
  id: "money-prices",
  title: "Money and prices, 1914–1917",
  subtitle:
    "Money in circulation and prices, both as indices of the first half of 1914, half-yearly to mid-1917. No comparable series for 1918 was found.",
  page: "/money",
  tables: ["money", "sources"],
  dataTable: "money",
  width: 640,
  // Half as tall as wide, within bounds (it often sits in half a column).
  height: { ratio: 0.5, min: 280, max: 420 },
  draw(data, { document, width, height, theme, scale, title, type }) {
    const rows = drawnSeries(need(data, "money")).map((d) => ({
      ...d,
      label: MONEY_PRICE_SERIES[d.series] ?? d.series,
      at: utcDate(d.date),
      tip: `${MONEY_PRICE_SERIES[d.series]}, ${half(d.date)}: ${d.value} (1914 1st half = 100)`,
    }));
    const domain = Object.values(MONEY_PRICE_SERIES);
    const range = [categorical(theme)[0] ?? "", categorical(theme)[1] ?? ""];
    const last = domain
      .map((label) => rows.filter((r) => r.label === label).at(-1))
      .filter((r): r is (typeof rows)[number] => r !== undefined);
    // Each series' name and last value at its line's end: on a phone, the value goes under the name.
    const labels = endLabels(
      last.map((r) => ({ name: r.label, value: String(r.value) })),
      { width, fontSize: type.label, gap: 12 * scale, min: 130 * scale },
    );
    const ends = last.map((r, i) => ({ ...r, text: labels.texts[i] ?? "" }));
    const plot = Plot.plot({
      document,
      width,
      height,
      marginLeft: 48 * scale,
      marginRight: labels.margin,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Two lines, log scale, 1914 1st half = 100: ${last.map((r) => `${r.label} ${r.value} in the ${half(r.date)}`).join(", ")}.`,
      x: { type: "utc", label: null, ticks: "year" },
      y: {
        type: "log",
        grid: true,
        label: "Index, 1st half of 1914 = 100 (log scale)",
        domain: [80, 1400],
        ticks: [100, 200, 400, 800, 1200],
        tickFormat: (d: number) => String(d),
      },
      color: { domain, range },
      marks: [
        Plot.line(rows, { x: "at", y: "value", stroke: "label", strokeWidth: 2.25 * scale, marker: "circle-stroke" }),
        Plot.text(ends, {
          x: "at",
          y: "value",
          text: "text",
          fill: "label",
          textAnchor: "start",
          dx: 8 * scale,
          fontSize: type.label,
        }),
        Plot.tip(rows, Plot.pointer({ x: "at", y: "value", title: "tip" })),
      ],
    });
    return { plot, cited: rows };
  },
  /** The half-yearly points of the two lines. */
  rows: (data) => drawnSeries(need(data, "money")),
});

/** The rows of the two series drawn, half-yearly. */
function drawnSeries(money: readonly MoneySeriesRow[]): MoneySeriesRow[] {
  return money.filter((d) => d.series in MONEY_PRICE_SERIES && d.period === "half-year");
}

/** Money and prices: `moneyPrices(money, {sources, width})`. */
export const moneyPrices = chartFunction(moneyPricesSpec);
