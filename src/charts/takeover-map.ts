/**
 * The cities on a map of the former empire, coloured by how (or when) Soviet
 * power came, at a chosen date.
 *
 * The map is drawn once; moving the date only restyles the city marks
 * (`setMapDate`), so a slider can step day by day without redrawing the land.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate } from "../calendar.js";
import { figure } from "../figure.js";
import { type SourceRow, sourceLine } from "../sources.js";
import {
  HELD_ELSEWHERE,
  MODE_LABELS,
  MODE_ORDER,
  type Mode,
  modeColors,
  type TakeoverRow,
  takenBy,
  takeoverTip,
} from "../takeovers.js";
import { colors, fontFamily, type ThemeName, typeScale } from "../theme.js";

/** A GeoJSON FeatureCollection of countries, `properties.successor` marking the empire's successor states. */
export interface Geography {
  type: "FeatureCollection";
  features: { type: "Feature"; properties: { name: string; successor: boolean }; geometry: unknown }[];
}

export interface TakeoverMapOptions {
  document?: Document;
  width?: number;
  /** Country outlines (present-day), e.g. /data/geography.json. */
  geography: Geography;
  /** Gregorian ISO date shown; cities first taken later are drawn hollow. */
  date?: string;
  colorBy?: "mode" | "date";
  calendar?: Calendar;
  theme?: ThemeName;
  scale?: number;
  title?: string;
  subtitle?: string;
  caption?: string;
  sources?: readonly SourceRow[];
}

const defaults = {
  width: 720,
  date: "1918-12-31",
  colorBy: "mode" as "mode" | "date",
  calendar: "gregorian" as Calendar,
  theme: "auto" as ThemeName,
  scale: 1,
  title: "Where Soviet power came, and how",
};

/** Cities labelled on the map for orientation. */
const LABELLED = new Set([
  "Petrograd",
  "Moscow",
  "Kiev",
  "Warsaw",
  "Helsinki",
  "Tiflis",
  "Baku",
  "Tashkent",
  "Omsk",
  "Irkutsk",
  "Vladivostok",
  "Kazan",
  "Odessa",
  "Ekaterinburg",
]);

/** First and last takeover dates (for the date colour scale). */
function dateExtent(rows: readonly TakeoverRow[]): [string, string] {
  const dates = rows
    .map((r) => r.date)
    .filter((d): d is string => d !== null)
    .sort();
  return [dates[0] ?? "1917-11-07", dates.at(-1) ?? "1918-12-31"];
}

/** A sequential, colour-blind-safe colour for a date (cividis-like ramp from Plot's interpolator). */
function dateColor(rows: readonly TakeoverRow[]): (date: string) => string {
  const [first, last] = dateExtent(rows);
  const t0 = Date.parse(first);
  const span = Math.max(1, Date.parse(last) - t0);
  const scale = Plot.scale({ color: { type: "linear", scheme: "cividis", domain: [0, 1] } });
  return (date) => String(scale.apply((Date.parse(date) - t0) / span));
}

/**
 * A render transform tagging each city mark with its row, so the date can be
 * restyled without a redraw. Plot hands over the index in drawing order (the
 * dot mark sorts by size), which is the order of the marks it returns.
 */
function tagCities(data: readonly TakeoverRow[], scale: number): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context) ?? null;
    const marks = group ? [...group.children] : [];
    marks.forEach((mark, j) => {
      const i = index[j] ?? 0;
      mark.setAttribute("data-city-index", String(i));
      mark.setAttribute("fill", mark.getAttribute("fill") ?? "none");
      // Plot's strokeDasharray is one value per mark; uncertain dates get theirs here.
      const precision = data[i]?.date_precision;
      if (precision === "range" || precision === "month")
        mark.setAttribute("stroke-dasharray", `${2 * scale},${1.5 * scale}`);
    });
    return group;
  };
}

/** How many capitals were under Soviet power at a date, for the status line. */
export function mapStatus(rows: readonly TakeoverRow[], date: string, calendar: Calendar): string {
  const capitals = rows.filter((r) => r.capital !== "no");
  const taken = capitals.filter((r) => takenBy(r, date)).length;
  return `${formatDate(date, calendar)}: ${taken} of ${capitals.length} provincial capitals had passed to Soviet power.`;
}

interface MapState {
  rows: readonly TakeoverRow[];
  fill: (row: TakeoverRow) => string;
  faint: string;
  calendar: Calendar;
}

const states = new WeakMap<Element, MapState>();

/**
 * Restyles the city marks of a map made by `takeoverMap` for another date:
 * cities taken by then are filled, the others hollow. Cheap enough to call on
 * every step of a slider.
 */
export function setMapDate(chart: Element, date: string): void {
  const state = states.get(chart);
  if (!state) return;
  const marks = chart.querySelectorAll<SVGElement>("[data-city-index]");
  for (const mark of marks) {
    const row = state.rows[Number(mark.dataset.cityIndex)];
    if (!row) continue;
    const on = takenBy(row, date) || HELD_ELSEWHERE.includes(row.mode);
    mark.setAttribute("fill", on ? state.fill(row) : "none");
    mark.setAttribute("stroke", on ? "var(--btc-mark-outline, white)" : state.faint);
  }
  const status = chart.querySelector(".btc-map-status");
  if (status) status.textContent = mapStatus(state.rows, date, state.calendar);
  chart.setAttribute("data-date", date);
}

/** Renders the takeover map. */
export function takeoverMap(data: readonly TakeoverRow[], options: TakeoverMapOptions): HTMLElement {
  const {
    document = globalThis.document,
    width,
    geography,
    date,
    colorBy,
    calendar,
    theme,
    scale,
    title,
  } = {
    ...defaults,
    ...options,
  };
  const type = typeScale(scale);
  const c = colors(theme);
  const modes = modeColors(theme);
  const byDate = dateColor(data);
  const fill = (row: TakeoverRow) =>
    colorBy === "date" && row.date && !HELD_ELSEWHERE.includes(row.mode) ? byDate(row.date) : modes[row.mode];
  const rows = data.map((row, index) => ({ ...row, index, tip: takeoverTip(row) }));
  const successors = { type: "FeatureCollection", features: geography.features.filter((f) => f.properties.successor) };
  const others = { type: "FeatureCollection", features: geography.features.filter((f) => !f.properties.successor) };
  const height = Math.round(width * 0.62);
  const radius = Math.max(3, Math.min(6, width / 170)) * scale;
  const plot = Plot.plot({
    document,
    width,
    height,
    margin: 4 * scale,
    style: { fontFamily, fontSize: `${type.tick}px`, color: c.foreground, background: "transparent" },
    ariaLabel: title,
    ariaDescription: describeMap(data, date, calendar),
    // Fitted to the cities, not to today's Russia, whose Arctic and Chukotka would leave them crowded in a corner.
    projection: {
      type: "conic-equal-area",
      parallels: [45, 65],
      rotate: [-75, 0],
      domain: { type: "MultiPoint", coordinates: data.map((d) => [d.lon, d.lat]) } as never,
      inset: 24 * scale,
    },
    marks: [
      Plot.geo(others as never, { fill: c.grid, fillOpacity: 0.35, stroke: c.background, strokeWidth: 0.5 }),
      Plot.geo(successors as never, { fill: c.grid, stroke: c.background, strokeWidth: 0.75 * scale }),
      Plot.dot(rows, {
        x: "lon",
        y: "lat",
        r: (d: TakeoverRow) => (d.capital === "no" ? radius * 0.75 : radius),
        symbol: (d: TakeoverRow) => (HELD_ELSEWHERE.includes(d.mode) ? "square" : "circle"),
        fill: (d: TakeoverRow) => (takenBy(d, date) || HELD_ELSEWHERE.includes(d.mode) ? fill(d) : "none"),
        stroke: (d: TakeoverRow) => (takenBy(d, date) || HELD_ELSEWHERE.includes(d.mode) ? "white" : c.faint),
        strokeWidth: 0.75 * scale,
        title: "tip",
        className: "btc-cities",
        render: tagCities(data, scale),
      } as Plot.DotOptions),
      Plot.text(
        rows.filter((d) => LABELLED.has(d.city)),
        {
          x: "lon",
          y: "lat",
          text: "city",
          dy: -radius - 5 * scale,
          fill: c.foreground,
          stroke: c.background,
          strokeWidth: 3 * scale,
          paintOrder: "stroke",
          fontSize: type.tick,
        },
      ),
    ],
  }) as unknown as SVGSVGElement;
  plot.style.setProperty("--btc-mark-outline", c.background);

  const status = document.createElement("p");
  status.className = "btc-map-status";
  status.setAttribute("aria-live", "polite");
  Object.assign(status.style, { margin: "0.2em 0", fontSize: `${type.label}px`, fontWeight: "600" });
  status.textContent = mapStatus(data, date, calendar);

  const legend = mapLegend(document, data, theme, colorBy, calendar, scale);
  const chart = figure({
    document,
    id: "takeover-map",
    title,
    subtitle:
      options.subtitle ??
      "Provincial capitals (large marks) and other cities. Filled: under Soviet power by the date shown; hollow: not yet; squares: never under Soviet power in 1917–1918. Dashed outline: date known only as a range or month.",
    caption:
      `${options.caption ?? sourceLine(data, options.sources)} Present-day borders (Natural Earth); city positions approximate.`.trim(),
    legend,
    plot,
    theme,
    scale,
  });
  chart.insertBefore(status, plot);
  states.set(chart, { rows: data, fill, faint: c.faint, calendar });
  return chart;
}

function mapLegend(
  document: Document,
  data: readonly TakeoverRow[],
  theme: ThemeName,
  colorBy: "mode" | "date",
  calendar: Calendar,
  scale: number,
): Element {
  const type = typeScale(scale);
  const c = colors(theme);
  const style = { fontFamily, fontSize: `${type.label}px`, color: c.foreground, background: "transparent" };
  if (colorBy === "date") {
    const [first, last] = dateExtent(data);
    return Plot.legend({
      document,
      color: { type: "linear", scheme: "cividis", domain: [0, 1] },
      label: `First taken, ${formatDate(first, calendar)} (dark) to ${formatDate(last, calendar)} (light)`,
      tickFormat: () => "",
      ticks: 0,
      width: 320 * scale,
      style,
    } as never) as unknown as Element;
  }
  const present = MODE_ORDER.filter((m: Mode) => data.some((d) => d.mode === m));
  const modes = modeColors(theme);
  return Plot.legend({
    document,
    color: { domain: present.map((m) => MODE_LABELS[m]), range: present.map((m) => modes[m]) },
    style,
  } as never) as unknown as Element;
}

/** A plain-language summary for screen readers. */
export function describeMap(data: readonly TakeoverRow[], date: string, calendar: Calendar): string {
  const counts = MODE_ORDER.map((m) => [m, data.filter((d) => d.mode === m).length] as const).filter(([, n]) => n > 0);
  return `Map of ${data.length} cities of the former Russian Empire. ${mapStatus(data, date, calendar)} By mode: ${counts
    .map(([m, n]) => `${n} ${MODE_LABELS[m].toLowerCase()}`)
    .join(", ")}.`;
}
