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

/** The years' ends the Handbuch gives, 1913 to 1919. */
const YEAR_ENDS = [1913, 1914, 1915, 1916, 1917, 1918, 1919].map((y) => `${y}-12-31`);

/** How a Hamburg quotation's row is told from the same loan's in Berlin. */
const HAMBURG = " (Hamburg)";

/** A security's short name: the loan, without the exchange. */
const shortName = (row: SecurityRow) => row.security.replace(/\s*\((Berlin|Hamburg)[^)]*\)\s*$/, "");

/** A figure the chart draws: a Berlin or Hamburg one, in per cent of par. */
const drawn = (r: SecurityRow) => (r.exchange === "berlin" || r.exchange === "hamburg") && r.unit === "% of par";

/** The Berlin and Hamburg chart's one definition. */
export const securitiesBerlinSpec = defineChart({
  id: "securities-berlin",
  title: "Russian securities in Berlin and Hamburg: year-end prices and tax valuations",
  subtitle:
    "Each security's year-end figure in the Handbuch der deutschen Aktiengesellschaften, and its last price before the bourses closed in July 1914. Filled: a market quotation; hollow: an official valuation fixed for German tax purposes in 1916 and 1918, when there was no market, or a 1919 figure whose basis the Handbuch does not state. Enemy securities in a closed market until 1918: an order of magnitude, not a market's verdict.",
  page: "/money",
  tables: ["securities", "sources"],
  dataTable: "securities",
  draw(data, { document, width, theme, scale, title, type, c }) {
    const rows = need(data, "securities")
      .filter(drawn)
      .map((r) => ({
        ...r,
        name: `${shortName(r)}${r.exchange === "hamburg" ? HAMBURG : ""}`,
        at: utcDate(r.date),
        basis: BASIS_LABELS[r.price_basis],
        market: MARKET_BASES.includes(r.price_basis),
      }));
    const names = [...new Set(rows.map((r) => r.name))];
    const [blue, vermillion, , , orange] = categorical(theme);
    const bases = (["quotation", "official-valuation", "unknown"] as const).filter((b) =>
      rows.some((r) => r.price_basis === b),
    );
    // Each security's name heads its row, across the chart's width, so that the long names of the
    // Handbuch's loans fit a phone as well as a desktop; a name too long for the width is cut, in full in the tooltip.
    const row = 44 * scale;
    const fits = Math.floor((width - 24 * scale) / (type.tick * 0.6));
    // A cut name keeps its exchange: the Hamburg row of a loan quoted in both stays told apart.
    const heading = (n: string) => {
      const suffix = n.endsWith(HAMBURG) ? HAMBURG : "";
      const base = n.slice(0, n.length - suffix.length);
      const room = fits - suffix.length;
      return `${base.length > room ? `${base.slice(0, room - 1)}…` : base}${suffix}`;
    };
    const plot = Plot.plot({
      document,
      width,
      height: Math.round(names.length * row + 40 * scale),
      marginLeft: 12 * scale,
      marginRight: 32 * scale,
      marginTop: 30 * scale,
      marginBottom: 10 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Dot chart of ${names.length} Russian securities in Berlin and Hamburg, year-end figures 1913–1919: ${rows.filter((r) => r.market).length} market quotations and ${rows.filter((r) => !r.market).length} official valuations or figures of unstated basis.`,
      // Ticks at the years' ends, where the Handbuch's figures stand: the end-1913 dot on "1913".
      x: {
        type: "utc",
        label: "Year end",
        axis: "top",
        grid: true,
        ticks: YEAR_ENDS.map(utcDate),
        tickFormat: (d: Date) => String(d.getUTCFullYear()),
        inset: 8 * scale,
      },
      y: { domain: names, axis: null },
      color: {
        domain: bases.map((b) => BASIS_LABELS[b]),
        range: bases.map((b) =>
          b === "quotation" ? (blue ?? c.foreground) : b === "unknown" ? (orange ?? c.muted) : (vermillion ?? c.muted),
        ),
      },
      marks: [
        Plot.text(names, {
          y: (n: string) => n,
          text: heading,
          frameAnchor: "left",
          textAnchor: "start",
          dy: -11 * scale,
          fill: c.foreground,
          fontSize: type.tick,
        }),
        // Two marks, not one with a "none" fill: a fill channel would drop the values outside its scale.
        ...[true, false].map((market) =>
          Plot.dot(
            rows.filter((r) => r.market === market),
            {
              x: "at",
              y: "name",
              dy: 8 * scale,
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
          dy: 8 * scale,
          dx: 8 * scale,
          textAnchor: "start",
          fill: c.muted,
          fontSize: type.tick - 1,
        }),
      ],
    });
    // The sources of the figures drawn, not of every security in the table.
    return { plot, legend: true, cited: rows };
  },
  /** The year-end figures drawn, each with its basis: a market quotation, or an official valuation. */
  rows(data) {
    return need(data, "securities")
      .filter(drawn)
      .map((r) => ({ ...r, basis_label: BASIS_LABELS[r.price_basis] }));
  },
});

/** The Berlin and Hamburg chart: `securitiesBerlin(securities, {sources, width})`. */
export const securitiesBerlin = chartFunction(securitiesBerlinSpec);
