/**
 * The takeover timeline: one mark per dated city, grouped by zone and ordered
 * by date; a date known only as a range (or month) is drawn as a bar across it.
 */
import * as Plot from "@observablehq/plot";
import { chartFunction, defineChart, need } from "../chart.js";
import { textWidth } from "../labels.js";
import { rowKey } from "../state.js";
import { MODE_LABELS, MODE_ORDER, modeColors, type TakeoverRow, takeoverTip, ZONE_ORDER } from "../takeovers.js";
import { plotStyle } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";
import { tagKeys } from "./keys.js";

export interface TakeoverTimelineOptions {
  /** Only these zones (default: all). */
  zones?: readonly string[];
}

/** The takeover timeline's one definition. */
export const takeoverTimelineSpec = defineChart({
  id: "takeover-timeline",
  title: "City by city: when Soviet power came",
  page: "/takeovers",
  tables: ["takeovers", "sources"],
  dataTable: "takeovers",
  defaults: {} as TakeoverTimelineOptions,
  draw(data, { document, width, calendar, theme, scale, title, type, c, zones: only }) {
    const zones = ZONE_ORDER.filter((z) => !only || only.includes(z));
    const rows = datedCities(need(data, "takeovers"), zones).map((d) => ({
      ...d,
      start: utcDate(d.date),
      end: utcDate(d.date_end ?? d.date),
      label: d.city,
      tip: takeoverTip(d),
    }));
    const dates = rows.flatMap((r) => [r.date, r.date_end ?? r.date]).sort();
    const from = `${(dates[0] ?? "1917-11-07").slice(0, 8)}01`;
    const to = dates.at(-1) ?? "1918-12-31";
    const modes = modeColors(theme);
    const present = MODE_ORDER.filter((m) => rows.some((r) => r.mode === m));
    const rowHeight = Math.round(14 * scale);
    const shownZones = zones.filter((z) => rows.some((r) => r.zone === z));
    // One band per city, with a heading band before each zone's cities.
    const heading = (zone: string) => `§ ${zone}`;
    const domain = shownZones.flatMap((z) => [heading(z), ...rows.filter((r) => r.zone === z).map((r) => r.label)]);
    // The cities' names (capitals in bold, a little wider) fit beside the rows; zone headings start at the edge.
    const marginLeft = Math.max(150 * scale, ...rows.map((r) => textWidth(r.label, type.tick, 0.62) + 12 * scale));
    const plot = Plot.plot({
      document,
      width,
      height: domain.length * rowHeight + 50 * scale,
      marginLeft,
      marginRight: 16 * scale,
      marginTop: 30 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Timeline of ${rows.length} cities by the date Soviet power was first established, grouped by zone: ${shownZones
        .map((z) => `${z} ${rows.filter((r) => r.zone === z).length}`)
        .join(", ")}.`,
      x: { ...calendarX(from, to, calendar, width, 70 * scale), grid: true, axis: "top" },
      y: { axis: null, domain, padding: 0.15 },
      color: { domain: present.map((m) => MODE_LABELS[m]), range: present.map((m) => modes[m]) },
      marks: [
        Plot.text(shownZones, {
          y: heading,
          text: (z) => z.toUpperCase(),
          frameAnchor: "left",
          dx: 4 * scale - marginLeft,
          textAnchor: "start",
          fontWeight: 600,
          fontSize: type.label,
          fill: c.foreground,
        }),
        // Provincial capitals in bold, other cities in regular weight.
        Plot.text(
          rows.filter((r) => r.capital !== "no"),
          {
            y: "label",
            text: "label",
            frameAnchor: "left",
            dx: -8 * scale,
            textAnchor: "end",
            fill: c.foreground,
            fontSize: type.tick,
            fontWeight: 600,
          },
        ),
        Plot.text(
          rows.filter((r) => r.capital === "no"),
          {
            y: "label",
            text: "label",
            frameAnchor: "left",
            dx: -8 * scale,
            textAnchor: "end",
            fill: c.muted,
            fontSize: type.tick,
          },
        ),
        Plot.ruleY(
          rows.filter((r) => r.date_end),
          {
            x1: "start",
            x2: "end",
            y: "label",
            stroke: (r: TakeoverRow) => MODE_LABELS[r.mode],
            strokeWidth: 6 * scale,
            strokeOpacity: 0.5,
            title: "tip",
          } as Plot.RuleYOptions,
        ),
        Plot.dot(rows, {
          x: "start",
          y: "label",
          fill: (r: TakeoverRow) => MODE_LABELS[r.mode],
          r: 4 * scale,
          stroke: c.background,
          strokeWidth: 0.75 * scale,
          title: "tip",
          render: tagKeys((i) => rowKey(rows[i]?.city ?? "")),
        }),
      ],
    });
    return {
      plot,
      legend: true,
      cited: rows,
      subtitle: `${rows.length} cities with a date, by zone, earliest first; provincial capitals in bold. A bar spans a date known only as a range or a month.`,
    };
  },
  /** The cities drawn, in the timeline's order, with the dates their marks and bars span. */
  rows(data, { zones: only }) {
    const zones = ZONE_ORDER.filter((z) => !only || only.includes(z));
    return datedCities(need(data, "takeovers"), zones).map((d) => ({
      zone: d.zone,
      city: d.city,
      province: d.province,
      capital: d.capital,
      date: d.date,
      date_end: d.date_end,
      date_precision: d.date_precision,
      mode: d.mode,
      actors: d.actors,
      confidence: d.confidence,
      sources: d.sources,
    }));
  },
});

/** The cities with a date in the zones shown, in the timeline's order: by zone, then earliest first. */
function datedCities(takeovers: readonly TakeoverRow[], zones: readonly string[]) {
  return takeovers
    .filter((d): d is TakeoverRow & { date: string } => d.date !== null && zones.includes(d.zone))
    .sort(
      (a, b) =>
        zones.indexOf(a.zone) - zones.indexOf(b.zone) || a.date.localeCompare(b.date) || a.city.localeCompare(b.city),
    );
}

/** The takeover timeline: `takeoverTimeline(takeovers, {sources, width, calendar, zones})`. */
export const takeoverTimeline = chartFunction(takeoverTimelineSpec);
