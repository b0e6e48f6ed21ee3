/**
 * Russian securities in Berlin and Hamburg, year by year, 1913–1919: each
 * security's year-end figure from the Handbuch der deutschen
 * Aktiengesellschaften, a filled dot where it is a market quotation and a
 * hollow one where it is an official valuation (the tax prices of 1916 and
 * 1918), which is not a market price and is never joined to one.
 */
import * as Plot from "@observablehq/plot";
import { chartFunction, defineChart, need } from "../chart.js";
import { MARKET_BASES, type PriceBasis, type SecurityRow } from "../securities.js";
import { categorical, plotStyle } from "../theme.js";
import { utcDate } from "../time-axis.js";

/** Readers' names for the price bases drawn. */
const BASIS_LABELS: Record<PriceBasis, string> = {
  trade: "Market price",
  quotation: "Market quotation",
  "official-valuation": "Official tax valuation (not a market price)",
  unknown: "Basis not stated (1919, unexplained star)",
};

/** A security's short name: the loan, without the exchange. */
const shortName = (row: SecurityRow) => row.security.replace(/\s*\((Berlin|Hamburg)[^)]*\)\s*$/, "");

/** The Berlin and Hamburg chart's one definition. */
export const securitiesBerlinSpec = defineChart({
  id: "securities-berlin",
  title: "Russian securities in Berlin and Hamburg: year-end prices and tax valuations",
  subtitle:
    "Each security's year-end figure in the Handbuch der deutschen Aktiengesellschaften, and its last price before the bourses closed in July 1914. Filled: a market quotation; hollow: an official valuation fixed for German tax purposes in 1916 and 1918, when there was no market; a dot with a ring: the basis is not stated. Enemy securities in a closed market until 1918: an order of magnitude, not a market's verdict.",
  page: "/money",
  tables: ["securities", "sources"],
  dataTable: "securities",
  draw(data, { document, width, theme, scale, title, type, c }) {
    const rows = need(data, "securities")
      .filter((r) => (r.exchange === "berlin" || r.exchange === "hamburg") && r.unit === "% of par")
      .map((r) => ({
        ...r,
        name: `${shortName(r)}${r.exchange === "hamburg" ? " (Hamburg)" : ""}`,
        at: utcDate(r.date),
        basis: BASIS_LABELS[r.price_basis],
        market: MARKET_BASES.includes(r.price_basis),
      }));
    const names = [...new Set(rows.map((r) => r.name))];
    const [blue, vermillion, , , orange] = categorical(theme);
    const bases = (["quotation", "official-valuation", "unknown"] as const).filter((b) =>
      rows.some((r) => r.price_basis === b),
    );
    const marginLeft = Math.min(260, width * 0.42) * scale;
    const plot = Plot.plot({
      document,
      width,
      height: Math.round((names.length * 26 + 60) * scale),
      marginLeft,
      marginRight: 16 * scale,
      marginTop: 30 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Dot chart of ${names.length} Russian securities in Berlin and Hamburg, year-end figures 1913–1919: ${rows.filter((r) => r.market).length} market quotations and ${rows.filter((r) => !r.market).length} official valuations or figures of unstated basis.`,
      x: { type: "utc", label: "Year end", axis: "top", grid: true, ticks: "year" },
      y: {
        domain: names,
        label: null,
        tickSize: 0,
        tickFormat: (n: string) => (n.length > 44 ? `${n.slice(0, 43)}…` : n),
      },
      color: {
        domain: bases.map((b) => BASIS_LABELS[b]),
        range: bases.map((b) =>
          b === "quotation" ? (blue ?? c.foreground) : b === "unknown" ? (orange ?? c.muted) : (vermillion ?? c.muted),
        ),
      },
      marks: [
        // Two marks, not one with a "none" fill: a fill channel would drop the values outside its scale.
        ...[true, false].map((market) =>
          Plot.dot(
            rows.filter((r) => r.market === market),
            {
              x: "at",
              y: "name",
              r: 5 * scale,
              stroke: "basis",
              ...(market ? { fill: "basis" } : { fill: "none" }),
              strokeWidth: 1.75 * scale,
              title: (r) => `${r.security}\n${r.date.slice(0, 4)}: ${r.value}% of par\n${r.basis}`,
            },
          ),
        ),
        Plot.text(rows, {
          x: "at",
          y: "name",
          text: (r) => String(Math.round(r.value)),
          dy: -10 * scale,
          fill: c.muted,
          fontSize: type.tick - 1,
        }),
      ],
    });
    return { plot, legend: true };
  },
});

/** The Berlin and Hamburg chart: `securitiesBerlin(securities, {sources, width})`. */
export const securitiesBerlin = chartFunction(securitiesBerlinSpec);
