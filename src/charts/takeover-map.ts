/**
 * The cities on a map of the former empire, coloured by how (or when) Soviet
 * power came, at a chosen date. Built on the shared dated map (`dated-map.ts`),
 * whose `setMapDate` moves it to another date without a redraw.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate } from "../calendar.js";
import { type ChartOptions, chartFunction, defineChart, need } from "../chart.js";
import { swatchLegend } from "../figure.js";
import {
  BREST_LITOVSK,
  HELD_ELSEWHERE,
  MODE_LABELS,
  MODE_ORDER,
  type Mode,
  modeColors,
  type TakeoverRow,
  takenBy,
  takeoverTip,
} from "../takeovers.js";
import { plotStyle, type ThemeName } from "../theme.js";
import { drawMap, MAP_HEIGHT } from "./dated-map.js";

/** The map's state: the Gregorian day shown (cities first taken later are drawn hollow), and what colours the cities. */
export type TakeoverMapOptions = Required<Pick<ChartOptions, "date" | "colorBy">>;

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

/** The takeover map's one definition. */
export const takeoverMapSpec = defineChart({
  id: "takeover-map",
  title: "Where Soviet power came, and how",
  subtitle:
    "Provincial capitals (large marks) and other cities. Filled: under Soviet power by the date shown; hollow: not yet; squares: never under Soviet power in 1917–1918. Dashed outline: date known only as a range or month.",
  page: "/takeovers",
  tables: ["takeovers", "sources", "geography"],
  dataTable: "takeovers",
  defaults: { date: BREST_LITOVSK, colorBy: "mode" } as TakeoverMapOptions,
  height: MAP_HEIGHT,
  controls: ["takeovers-date", "takeovers-color-by"],
  draw(data, o) {
    const { document, theme, scale, calendar, date, colorBy, c } = o;
    const rows = need(data, "takeovers");
    const modes = modeColors(theme);
    const byDate = dateColor(rows);
    const held = (row: TakeoverRow) => HELD_ELSEWHERE.includes(row.mode);
    return drawMap(rows, o, {
      geography: need(data, "geography"),
      date,
      legend: mapLegend(document, rows, theme, colorBy, calendar, scale),
      lat: (d) => d.lat,
      lon: (d) => d.lon,
      fill: (d) => (colorBy === "date" && d.date && !held(d) ? byDate(d.date) : modes[d.mode]),
      // The date ramp runs from dark to light, so one of its ends is as dark, or as light, as the land
      // (and a filled mark as the hollow "not yet" ones): a ring in the text's colour sets each mark off.
      outline: colorBy === "date" ? c.foreground : undefined,
      // Cities held by the Central Powers or another government are statuses, shown throughout.
      on: (d, at) => takenBy(d, at) || held(d),
      symbol: (d) => (held(d) ? "square" : "circle"),
      size: (d) => (d.capital === "no" ? 0.75 : 1),
      dashed: (d) => d.date_precision === "range" || d.date_precision === "month",
      tip: takeoverTip,
      label: (d) => (LABELLED.has(d.city) ? d.city : null),
      status: (at) => mapStatus(rows, at, calendar),
      description: describeMap(rows, date, calendar),
    });
  },
});

/** The takeover map: `takeoverMap(takeovers, {geography, sources, width, date, colorBy, calendar})`. */
export const takeoverMap = chartFunction(takeoverMapSpec);

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
    } as Parameters<typeof Plot.legend>[0]);
  }
  const present = MODE_ORDER.filter((m: Mode) => data.some((d) => d.mode === m));
  const modes = modeColors(theme);
  return swatchLegend(document, new Map(present.map((m) => [MODE_LABELS[m], modes[m]])), theme, scale);
}

/** A plain-language summary for screen readers. */
export function describeMap(data: readonly TakeoverRow[], date: string, calendar: Calendar): string {
  const counts = MODE_ORDER.map((m) => [m, data.filter((d) => d.mode === m).length] as const).filter(([, n]) => n > 0);
  return `Map of ${data.length} cities of the former Russian Empire. ${mapStatus(data, date, calendar)} By mode: ${counts
    .map(([m, n]) => `${n} ${MODE_LABELS[m].toLowerCase()}`)
    .join(", ")}.`;
}
