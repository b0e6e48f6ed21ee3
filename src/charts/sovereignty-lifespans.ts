/**
 * One bar per government from its claim to its end, sorted by start and
 * coloured by alignment; a government that outlived the window, or whose end
 * is unknown, runs off the right edge with an open arrow.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate } from "../calendar.js";
import { chartFunction, defineChart, need } from "../chart.js";
import { plotLineWidth } from "../labels.js";
import {
  ALIGNMENT_LABELS,
  ALIGNMENTS,
  alignmentColors,
  type EntityRow,
  KIND_LABELS,
  SOVEREIGNTY_WINDOW,
} from "../sovereignty.js";
import { rowKey } from "../state.js";
import { plotStyle } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";
import { tagKeys } from "./keys.js";

/** How an entity's end reads in a tooltip. */
export function endText(row: EntityRow, calendar: Calendar): string {
  if (row.ended_precision === "after-1920") return "still existing after 1920";
  if (row.ended_precision === "unknown" || !row.ended) return "end unknown";
  const date = formatDate(row.ended, calendar);
  return row.ended_precision === "day"
    ? date
    : row.ended_precision === "month"
      ? date.replace(/^\d+ /, "")
      : date.replace(/^\d+ \w+ /, "");
}

/** The lifespans' one definition. */
export const sovereigntyLifespansSpec = defineChart({
  id: "sovereignty-lifespans",
  title: "Lifespans: from first claim to end",
  page: "/sovereignty",
  tables: ["sovereignty", "sources"],
  dataTable: "sovereignty",
  draw(data, { document, width, calendar, theme, scale, title, type, c }) {
    const { from, to } = SOVEREIGNTY_WINDOW;
    const palette = alignmentColors(theme);
    const rows = governments(need(data, "sovereignty")).map((d) => {
      const open = d.ended === null || d.ended > to;
      return {
        ...d,
        start: utcDate(d.claimed),
        end: utcDate(open ? to : (d.ended as string)),
        open,
        color: ALIGNMENT_LABELS[d.alignment],
        label: d.name.replace(/\s*\(.*\)\s*/g, " ").trim(),
        tip: `${d.name}\n${KIND_LABELS[d.kind]}, ${ALIGNMENT_LABELS[d.alignment].toLowerCase()}\nCapital: ${d.capital}\nFrom ${formatDate(d.claimed, calendar)} to ${endText(d, calendar)}${d.end_reason ? ` (${d.end_reason})` : ""}\nSources: ${d.sources.replaceAll(";", ", ")}`,
      };
    });
    const present = ALIGNMENTS.filter((a) => rows.some((r) => r.alignment === a));
    const rowHeight = Math.round(13 * scale);
    const labelWidth = Math.min(260, width * 0.38) * scale;
    const plot = Plot.plot({
      document,
      width,
      height: rows.length * rowHeight + 60 * scale,
      marginLeft: labelWidth,
      marginRight: 24 * scale,
      marginTop: 36 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `${rows.length} governments as bars from first claim to end, earliest first. ${rows.filter((r) => r.open).length} outlived 1918 or have no known end.`,
      x: { ...calendarX(from, to, calendar, width - labelWidth, 60 * scale), grid: true, axis: "top" },
      y: { domain: rows.map((r) => r.id), axis: null, padding: 0.2 },
      color: { domain: present.map((a) => ALIGNMENT_LABELS[a]), range: present.map((a) => palette[a]) },
      marks: [
        Plot.barX(rows, {
          x1: "start",
          x2: "end",
          y: "id",
          fill: "color",
          title: "tip",
          insetRight: 0,
          render: tagKeys((i) => rowKey(rows[i]?.id ?? "")),
        }),
        // Open ends: an arrowhead past the window's edge says "goes on".
        Plot.dot(
          rows.filter((r) => r.open),
          {
            x: "end",
            y: "id",
            symbol: "triangle",
            rotate: 90,
            r: 3.5 * scale,
            fill: c.background,
            stroke: "color",
            strokeWidth: 1.25 * scale,
            dx: 3 * scale,
          },
        ),
        Plot.text(rows, {
          x: () => utcDate(from),
          y: "id",
          text: "label",
          textAnchor: "end",
          dx: -6 * scale,
          fill: c.foreground,
          fontSize: type.tick,
          lineWidth: plotLineWidth(labelWidth - 8 * scale, type.tick),
          textOverflow: "ellipsis-end",
          title: "tip",
        }),
      ],
    });
    return {
      plot,
      legend: true,
      subtitle: `${rows.length} governments, earliest claim first. An open triangle at the right edge: it outlived 1918, or its end is unknown.`,
    };
  },
  /** The governments drawn, in the chart's order, with the claim and end their bars span. */
  rows(data) {
    return governments(need(data, "sovereignty")).map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      alignment: d.alignment,
      capital: d.capital,
      claimed: d.claimed,
      claimed_precision: d.claimed_precision,
      ended: d.ended,
      ended_precision: d.ended_precision,
      end_reason: d.end_reason,
      sources: d.sources,
    }));
  },
});

/** The governments drawn (phases of one state count once), earliest claim first. */
function governments(rows: readonly EntityRow[]): EntityRow[] {
  return rows
    .filter((d) => !d.parent)
    .sort((a, b) => a.claimed.localeCompare(b.claimed) || a.name.localeCompare(b.name));
}

/** The lifespans: `sovereigntyLifespans(sovereignty, {sources, width, calendar})`. */
export const sovereigntyLifespans = chartFunction(sovereigntyLifespansSpec);
