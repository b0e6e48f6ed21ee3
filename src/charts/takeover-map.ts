/**
 * The cities on a map of the former empire, coloured by how (or when) Soviet
 * power came, at a chosen date. Built on the shared dated map (`dated-map.ts`),
 * whose `setMapDate` moves it to another date without a redraw.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate } from "../calendar.js";
import type { TimeChartOptions } from "../figure.js";
import { swatches } from "../figure.js";
import { sourceLine } from "../sources.js";
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
import { colors, plotStyle, type ThemeName } from "../theme.js";
import { datedMap, type Geography } from "./dated-map.js";

export interface TakeoverMapOptions extends TimeChartOptions {
  /** Country outlines (present-day), e.g. /data/geography.json. */
  geography: Geography;
  /** Gregorian ISO date shown; cities first taken later are drawn hollow. */
  date?: string;
  colorBy?: "mode" | "date";
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

/** How many capitals were under Soviet power at a date, for the status line. */
export function mapStatus(rows: readonly TakeoverRow[], date: string, calendar: Calendar): string {
  const capitals = rows.filter((r) => r.capital !== "no");
  const taken = capitals.filter((r) => takenBy(r, date)).length;
  return `${formatDate(date, calendar)}: ${taken} of ${capitals.length} provincial capitals had passed to Soviet power.`;
}

/** Renders the takeover map: the shared dated map with the takeovers' colours, symbols and tooltips. */
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
  const modes = modeColors(theme);
  const byDate = dateColor(data);
  const held = (row: TakeoverRow) => HELD_ELSEWHERE.includes(row.mode);
  return datedMap(data, {
    id: "takeover-map",
    document,
    width,
    geography,
    date,
    theme,
    scale,
    title,
    subtitle:
      options.subtitle ??
      "Provincial capitals (large marks) and other cities. Filled: under Soviet power by the date shown; hollow: not yet; squares: never under Soviet power in 1917–1918. Dashed outline: date known only as a range or month.",
    caption: options.caption ?? sourceLine(data, options.sources),
    legend: mapLegend(document, data, theme, colorBy, calendar, scale),
    lat: (d) => d.lat,
    lon: (d) => d.lon,
    fill: (d) => (colorBy === "date" && d.date && !held(d) ? byDate(d.date) : modes[d.mode]),
    // The date ramp runs from dark to light, so one of its ends is as dark, or as light, as the land
    // (and a filled mark as the hollow "not yet" ones): a ring in the text's colour sets each mark off.
    outline: colorBy === "date" ? colors(theme).foreground : undefined,
    // Cities held by the Central Powers or another government are statuses, shown throughout.
    on: (d, at) => takenBy(d, at) || held(d),
    symbol: (d) => (held(d) ? "square" : "circle"),
    size: (d) => (d.capital === "no" ? 0.75 : 1),
    dashed: (d) => d.date_precision === "range" || d.date_precision === "month",
    tip: takeoverTip,
    label: (d) => (LABELLED.has(d.city) ? d.city : null),
    status: (at) => mapStatus(data, at, calendar),
    description: describeMap(data, date, calendar),
  });
}

function mapLegend(
  document: Document,
  data: readonly TakeoverRow[],
  theme: ThemeName,
  colorBy: "mode" | "date",
  calendar: Calendar,
  scale: number,
): Element {
  const style = plotStyle(theme, scale, "label");
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
  return swatches({
    document,
    domain: present.map((m) => MODE_LABELS[m]),
    range: present.map((m) => modes[m]),
    theme,
    scale,
  });
}

/** A plain-language summary for screen readers. */
export function describeMap(data: readonly TakeoverRow[], date: string, calendar: Calendar): string {
  const counts = MODE_ORDER.map((m) => [m, data.filter((d) => d.mode === m).length] as const).filter(([, n]) => n > 0);
  return `Map of ${data.length} cities of the former Russian Empire. ${mapStatus(data, date, calendar)} By mode: ${counts
    .map(([m, n]) => `${n} ${MODE_LABELS[m].toLowerCase()}`)
    .join(", ")}.`;
}
