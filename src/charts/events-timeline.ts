/**
 * Key events as a vertical timeline: dots on a time axis, each with a label
 * that is nudged apart from its neighbours so none overlap at any width.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate, toTime } from "../calendar.js";
import { type ChartData, chartFunction, type DrawContext, type Drawn, defineChart, need } from "../chart.js";
import { EVENT_GROUP_ORDER, EVENT_GROUPS, type EventRow } from "../events.js";
import { plotLineWidth, spreadLabels } from "../labels.js";
import { categorical, plotStyle } from "../theme.js";
import { monthStep, monthTickFormat, monthTicks, utcDate } from "../time-axis.js";

export interface EventsTimelineOptions {
  /** First and last Gregorian dates shown. */
  from: string;
  to: string;
}

/** Which table a timeline draws, and how its categories fold into colour groups. */
export interface Timeline {
  table: "events" | "exchange-events";
  groups: Record<string, string>;
  order: readonly string[];
}

function dateText(row: EventRow, calendar: Calendar): string {
  if (row.date_precision === "year") return row.date.slice(0, 4);
  if (row.date_precision === "month") return formatDate(row.date, calendar).replace(/^\d+ /, "");
  return `${row.date_precision === "range" ? "from " : ""}${formatDate(row.date, calendar)}`;
}

/** A plain-language summary of the chart for screen readers. */
export function describeEvents(
  rows: readonly EventRow[],
  calendar: Calendar,
  groupOf: Record<string, string> = EVENT_GROUPS,
): string {
  if (!rows.length) return "No events in the selected period.";
  const counts = new Map<string, number>();
  for (const row of rows) {
    const group = groupOf[row.category] ?? row.category;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const first = rows[0] as EventRow;
  const last = rows[rows.length - 1] as EventRow;
  const groups = [...counts].map(([g, n]) => `${n} ${g.toLowerCase()}`).join(", ");
  return `Timeline of ${rows.length} events from ${formatDate(first.date, calendar)} (${first.event}) to ${formatDate(last.date, calendar)} (${last.event}): ${groups}.`;
}

/** The events of a table in [from, to], earliest first: those a timeline draws. */
function eventsIn(rows: readonly EventRow[], from: string, to: string): EventRow[] {
  return rows.filter((d) => d.date >= from && d.date <= to).sort((a, b) => a.date.localeCompare(b.date));
}

/** The rows a timeline shows: its events in the window, earliest first, each with the colour group it is drawn in. */
export function timelineRows(
  { table, groups, order }: Timeline,
  data: ChartData,
  { from, to }: EventsTimelineOptions,
): (EventRow & { group: string })[] {
  return eventsIn(need(data, table), from, to).map((row) => ({
    ...row,
    group: groups[row.category] ?? order[0] ?? row.category,
  }));
}

/**
 * Draws a timeline of events: the draw step both the key events and the
 * exchange's events take, with their own table and colour groups.
 */
export function drawTimeline(
  { table, groups: groupOf, order: GROUP_ORDER }: Timeline,
  data: ChartData,
  { document, width, calendar, theme, scale, title, type, c, from, to }: DrawContext<EventsTimelineOptions>,
): Drawn & { rows: readonly EventRow[] } {
  const rows = eventsIn(need(data, table), from, to);
  const lineHeight = Math.round(type.label * 1.7);
  const marginTop = Math.round(16 * scale);
  const marginBottom = Math.round(16 * scale);
  const axisWidth = Math.round(92 * scale);
  const height = Math.max(Math.round(420 * scale), rows.length * lineHeight + marginTop + marginBottom + lineHeight);
  const top = marginTop;
  const bottom = height - marginBottom;
  const t0 = toTime(from);
  const t1 = toTime(to);
  const px = (iso: string) => top + ((toTime(iso) - t0) / (t1 - t0)) * (bottom - top);
  const labelPx = spreadLabels(
    rows.map((r) => px(r.date)),
    lineHeight,
    top,
    bottom,
  );
  const labelled = rows.map((row, i) => ({
    ...row,
    at: utcDate(row.date),
    labelAt: new Date(t0 + (((labelPx[i] ?? top) - top) / (bottom - top)) * (t1 - t0)),
    group: groupOf[row.category] ?? GROUP_ORDER[0] ?? row.category,
    label: `${dateText(row, calendar)} — ${row.event}`,
    tip: `${dateText(row, "gregorian")}${row.date_os ? ` (${formatDate(row.date, "julian")})` : ""}\n${row.event}\nCategory: ${row.category}\nSources: ${row.sources.replaceAll(";", ", ")}`,
  }));
  const spine = axisWidth;
  const labelX = spine + Math.round(28 * scale);
  const ticks = monthTicks(
    from,
    to,
    calendar,
    monthStep(from, to, Math.max(4, Math.floor((bottom - top) / (40 * scale)))),
  );
  const groups = GROUP_ORDER.filter((g) => labelled.some((d) => d.group === g));
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft: 0,
    marginRight: 0,
    style: { ...plotStyle(theme, scale), overflow: "visible" },
    ariaLabel: title,
    ariaDescription: describeEvents(rows, calendar, groupOf),
    x: { type: "identity", axis: null },
    y: { type: "utc", domain: [utcDate(from), utcDate(to)], range: [top, bottom], axis: null },
    // Only the groups shown, each in its own colour: the legend is this scale.
    color: { domain: groups, range: groups.map((g) => categorical(theme)[GROUP_ORDER.indexOf(g)] ?? c.foreground) },
    marks: [
      Plot.ruleX([spine], { stroke: c.faint, y1: utcDate(from), y2: utcDate(to) }),
      Plot.ruleY(ticks, { x1: spine - 5 * scale, x2: spine, y: (d: Date) => d, stroke: c.faint }),
      Plot.text(ticks, {
        x: spine - 8 * scale,
        y: (d: Date) => d,
        text: monthTickFormat(calendar) as unknown as Plot.ChannelValue,
        textAnchor: "end",
        fill: c.muted,
        fontSize: type.tick,
      }),
      Plot.link(labelled, {
        x1: spine,
        y1: "at",
        x2: labelX - 4 * scale,
        y2: "labelAt",
        stroke: c.faint,
        strokeWidth: 0.75 * scale,
      }),
      Plot.dot(labelled, {
        x: spine,
        y: "at",
        fill: "group",
        r: 4 * scale,
        stroke: c.background,
        strokeWidth: 1.5 * scale,
        title: "tip",
      }),
      Plot.text(labelled, {
        x: labelX,
        y: "labelAt",
        text: "label",
        title: "tip",
        textAnchor: "start",
        fill: c.foreground,
        fontSize: type.label,
        lineWidth: Math.max(8, plotLineWidth(width - labelX, type.label)),
        textOverflow: "ellipsis-end",
      }),
    ],
  });
  return { plot, legend: groups.length > 0, cited: rows, rows };
}

/** The key events' table and colour groups. */
const KEY_EVENTS: Timeline = { table: "events", groups: EVENT_GROUPS, order: EVENT_GROUP_ORDER };

/** The key events' one definition. */
export const eventsSpec = defineChart({
  id: "events",
  title: "From the coup to the end of the war: key events, 1917–1918",
  page: "/",
  tables: ["events", "sources"],
  dataTable: "events",
  defaults: { from: "1917-10-01", to: "1918-12-31" } as EventsTimelineOptions,
  draw(data, o) {
    const drawn = drawTimeline(KEY_EVENTS, data, o);
    return {
      ...drawn,
      subtitle: `${drawn.rows.length} events. Dates in the ${o.calendar === "julian" ? "Julian (Old Style)" : "Gregorian (New Style)"} calendar; Russia switched on 14 February 1918.`,
    };
  },
  rows: (data, o) => timelineRows(KEY_EVENTS, data, o),
});

/** The key-events timeline: `eventsTimeline(events, {sources, width, calendar, from, to})`. */
export const eventsTimeline = chartFunction(eventsSpec);
