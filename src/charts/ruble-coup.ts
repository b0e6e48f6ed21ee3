/**
 * Around the coup: how much the ruble's dollar value changed over one and
 * three months before and after October 1917, with missing windows shown as
 * missing rather than as zero.
 */
import * as Plot from "@observablehq/plot";
import { chartFunction, defineChart, need } from "../chart.js";
import { textWidth } from "../labels.js";
import { type CoupChange, coupChanges } from "../money.js";
import { categorical, plotStyle } from "../theme.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The coup windows' one definition. */
export const rubleCoupSpec = defineChart({
  id: "ruble-coup",
  title: "Before or after the coup? The ruble's dollar value, month on month",
  subtitle:
    "Monthly averages of the Stockholm cross rate; the coup fell on 25 October (7 November) 1917, so October is the last month wholly before it.",
  page: "/money",
  tables: ["ruble-derived", "sources"],
  dataTable: "ruble-derived",
  width: 640,
  draw(data, { document, width, theme, scale, title, type, c }) {
    const derived = need(data, "ruble-derived");
    const [before, after] = [categorical(theme)[0] ?? "", categorical(theme)[1] ?? ""];
    const changes = coupChanges(derived).map((d: CoupChange) => ({
      ...d,
      window: `${d.label} (${month(d.from)} → ${month(d.to)})`,
      side: d.label.endsWith("before") ? "Before the coup" : "After the coup",
      text: d.change === null ? "no quotation" : `${d.change > 0 ? "+" : ""}${Math.round(d.change * 100)}%`,
    }));
    // Each window's label on one line where it fits beside the bars; on a phone or in half a column, its months go under it.
    const room = Math.min(290, width * 0.45) * scale;
    const pad = 12 * scale;
    const widest = (labels: string[]) => Math.max(...labels.map((l) => textWidth(l, type.tick) + pad));
    const oneLine = widest(changes.map((d) => d.window)) <= room;
    const windowLabel = (window: string) => (oneLine ? window : window.replace(" (", "\n("));
    const marginLeft = oneLine ? room : widest(changes.flatMap((d) => windowLabel(d.window).split("\n")));
    const plot = Plot.plot({
      document,
      width,
      height: Math.round(260 * scale),
      marginLeft,
      marginRight: 60 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Bar chart of the change in US cents per ruble: ${changes.map((d) => `${d.window}: ${d.text}`).join("; ")}.`,
      x: {
        domain: [-0.5, 0.1],
        tickFormat: "+%",
        grid: true,
        // The rate (Stockholm's cross rate) is in the subtitle: the label fits a phone.
        label: "Change in US cents per ruble",
      },
      y: { domain: changes.map((d) => d.window), label: null, tickSize: 0, tickFormat: windowLabel },
      color: { domain: ["Before the coup", "After the coup"], range: [before, after] },
      marks: [
        Plot.barX(
          changes.filter((d) => d.change !== null),
          { x: "change", y: "window", fill: "side" },
        ),
        Plot.ruleX([0], { stroke: c.foreground }),
        Plot.ruleX([-0.5], { stroke: c.faint, strokeDasharray: "3,3" }),
        Plot.text([-0.5], {
          x: (d: number) => d,
          frameAnchor: "top",
          text: () => "“lost one-half”",
          dy: -4,
          textAnchor: "start",
          dx: 4,
          fill: c.muted,
        }),
        Plot.text(changes, {
          x: (d: (typeof changes)[number]) => (d.change === null ? 0 : Math.min(d.change, 0)),
          y: "window",
          text: "text",
          textAnchor: "end",
          dx: -6 * scale,
          fill: c.foreground,
          fontSize: type.label,
        }),
      ],
    });
    return {
      plot,
      legend: true,
      cited: derived.filter((d) => d.series === "usd-cents-via-stockholm" && d.date >= "1917-07-01"),
    };
  },
  /** The four windows drawn: each one's months and the change in US cents per ruble (blank where a month has no quotation). */
  rows(data) {
    return coupChanges(need(data, "ruble-derived")).map((d) => ({
      window: d.label,
      from: d.from,
      to: d.to,
      change: d.change,
    }));
  },
});

/** The coup windows: `rubleCoup(rubleDerived, {sources, width})`. */
export const rubleCoup = chartFunction(rubleCoupSpec);
