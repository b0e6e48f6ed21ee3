/**
 * The cities on a map of the former empire on a chosen day: who held each
 * (Soviet power; the Central Powers, the Czechoslovak Legion, the Whites, a
 * national government or the Allies, who took it from Soviet power), or how
 * and when Soviet power first came to those it held; hollow where it had not
 * yet come, squares where it never came. Built on the shared dated map
 * (`dated-map.ts`), whose `setMapDate` moves it to another day without a redraw.
 */
import * as Plot from "@observablehq/plot";
import { type Calendar, formatDate } from "../calendar.js";
import { type ChartOptions, chartFunction, type DrawContext, defineChart, need } from "../chart.js";
import {
  type CityStatus,
  type ControlRow,
  changeDay,
  cityStatus,
  HOLDER_LABELS,
  type Holder,
  holderColors,
  STATUS_LABELS,
  STATUS_ORDER,
  sequences,
} from "../control.js";
import { swatchLegend } from "../figure.js";
import { rowKey } from "../state.js";
import {
  BREST_LITOVSK,
  HELD_ELSEWHERE,
  MODE_LABELS,
  MODE_ORDER,
  modeColors,
  type TakeoverRow,
  takeoverTip,
  ZONE_ORDER,
  zoneId,
} from "../takeovers.js";
import { plotStyle } from "../theme.js";
import { drawMap, MAP_HEIGHT } from "./dated-map.js";

/** The map's state: the day shown, what colours the cities, and the zone it is zoomed to. */
export type TakeoverMapOptions = Required<Pick<ChartOptions, "date" | "colorBy" | "zone">>;

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

/** The readers' words for a change of hands in a tooltip: "lost 1 March 1918 to the Central Powers (…)". */
function changeText(row: ControlRow, calendar: Calendar): string {
  const when = row.date
    ? row.date_precision === "day"
      ? formatDate(row.date, calendar)
      : `between ${formatDate(row.date, calendar)} and ${formatDate(row.date_end ?? row.date, calendar)}`
    : "date unknown";
  const who = row.by ? ` (${row.by.length > 60 ? `${row.by.slice(0, 59)}…` : row.by})` : "";
  if (row.event === "established") return `Soviet power established: ${when}`;
  if (row.event === "no-change") return "No change of hands found through 1918";
  // "Other" is named in the row's own words (the `by` column), not by its legend entry.
  const to = row.to === "other" ? "others" : HOLDER_LABELS[row.to].toLowerCase();
  if (row.event === "lost") return `Lost ${when} to ${to}${who}`;
  if (row.event === "regained") return `Regained ${when}${who}`;
  return `Passed ${when} to ${to}${who}`;
}

/** A city's tooltip: its first establishment, and its whole sequence through 1918. */
export function cityTip(row: TakeoverRow, sequence: readonly ControlRow[] | undefined, calendar: Calendar): string {
  const changes = (sequence ?? []).filter((r) => r.event !== "established").map((r) => changeText(r, calendar));
  return [takeoverTip(row), ...(changes.length ? ["1917–1918:", ...changes.map((c) => `· ${c}`)] : [])].join("\n");
}

/** How many capitals were under Soviet power on a day, and how many it had lost, for the status line. */
export function mapStatus(
  rows: readonly TakeoverRow[],
  control: readonly ControlRow[],
  date: string,
  calendar: Calendar,
  zone?: string,
): string {
  const bySequence = sequences(control);
  const capitals = rows.filter((r) => r.capital !== "no" && (!zone || r.zone === zone));
  const statuses = capitals.map((r) => cityStatus(r, bySequence.get(r.city), date).status);
  const held = statuses.filter((s) => s === "soviet").length;
  const lost = statuses.filter((s) => s !== "soviet" && s !== "not-yet" && s !== "never" && s !== "unknown").length;
  return `${formatDate(date, calendar)}${zone ? `, ${zone}` : ""}: ${held} of ${capitals.length} provincial capitals under Soviet power${lost ? `; ${lost} lost to others` : ""}.`;
}

/** What the fill shows, for the subtitle. */
const SUBTITLES: Record<NonNullable<ChartOptions["colorBy"]>, string> = {
  holder: "Who held each city on the date shown: Soviet power, or who had taken it from Soviet power.",
  mode: "Cities under Soviet power on the date shown, coloured by how it first came; grey: lost to others by then.",
  date: "Cities under Soviet power on the date shown, coloured by when it first came; grey: lost to others by then.",
};

/** The takeover map's one definition. */
export const takeoverMapSpec = defineChart({
  id: "takeover-map",
  title: "Where Soviet power came, held and was lost",
  page: "/takeovers",
  tables: ["takeovers", "control", "sources", "geography"],
  dataTable: "takeovers",
  defaults: { date: BREST_LITOVSK, colorBy: "holder", zone: "all" } as TakeoverMapOptions,
  height: MAP_HEIGHT,
  controls: ["takeovers-date", "takeovers-color-by", "takeovers-zone"],
  draw(data, o) {
    const { document, calendar, date, colorBy, zone, c } = o;
    const rows = need(data, "takeovers");
    const control = need(data, "control");
    const bySequence = sequences(control);
    const fill = cityFill(rows, bySequence, o);
    const zoneName = ZONE_ORDER.find((z) => zoneId(z) === zone);
    const drawn = drawMap(rows, o, {
      geography: need(data, "geography"),
      date,
      legend: mapLegend(document, rows, control, o),
      lat: (d) => d.lat,
      lon: (d) => d.lon,
      fill,
      // The date ramp runs from dark to light, so one of its ends is as dark, or as light, as the land
      // (and a filled mark as the hollow "not yet" ones): a ring in the text's colour sets each mark off.
      outline: colorBy === "date" ? c.foreground : undefined,
      framed: (d) => !zoneName || d.zone === zoneName,
      symbol: (d) => (HELD_ELSEWHERE.includes(d.mode) ? "square" : "circle"),
      size: (d) => (d.capital === "no" ? 0.75 : 1),
      dashed: (d) => d.date_precision === "range" || d.date_precision === "month",
      tip: (d) => cityTip(d, bySequence.get(d.city), calendar),
      key: (d) => rowKey(d.city),
      label: (d) => (LABELLED.has(d.city) || (zoneName && d.zone === zoneName && d.capital !== "no") ? d.city : null),
      status: (at) => mapStatus(rows, control, at, calendar, zoneName),
      description: describeMap(rows, control, date, calendar),
    });
    return {
      ...drawn,
      subtitle: `${zoneName ? `${zoneName}. ` : ""}${SUBTITLES[colorBy]} Hollow: Soviet power not yet come; squares: never under Soviet power in 1917–1918 (occupied, or held by another government). Dashed outline: date known only as a range or month.`,
    };
  },
  /**
   * The cities drawn on the day shown (those of the zone the map is zoomed
   * to, if it is), each with what the map colours it by: who held it that
   * day (`status`, computed from its sequence in control.csv) and since when,
   * and how and when Soviet power first came.
   */
  rows(data, { date, zone }) {
    const bySequence = sequences(need(data, "control"));
    const zoneName = ZONE_ORDER.find((z) => zoneId(z) === zone);
    return need(data, "takeovers")
      .filter((d) => !zoneName || d.zone === zoneName)
      .map((d) => {
        const { status, since } = cityStatus(d, bySequence.get(d.city), date);
        return {
          as_of: date,
          city: d.city,
          province: d.province,
          zone: d.zone,
          capital: d.capital,
          lat: d.lat,
          lon: d.lon,
          status,
          status_label: STATUS_LABELS[status],
          status_since: since ? changeDay(since) : null,
          status_sources: since?.sources ?? null,
          first_established: d.date,
          first_established_end: d.date_end,
          date_precision: d.date_precision,
          mode: d.mode,
          sources: d.sources,
        };
      });
  },
});

/** The takeover map: `takeoverMap(takeovers, {control, geography, sources, width, date, colorBy, zone, calendar})`. */
export const takeoverMap = chartFunction(takeoverMapSpec);

/** A city's fill on a day, or null for hollow, in the map's colouring. */
function cityFill(
  rows: readonly TakeoverRow[],
  bySequence: ReadonlyMap<string, ControlRow[]>,
  { theme, colorBy, c }: DrawContext<TakeoverMapOptions>,
): (d: TakeoverRow, date: string) => string | null {
  const modes = modeColors(theme);
  const holders = holderColors(theme);
  const byDate = dateColor(rows);
  return (d, date) => {
    const { status } = cityStatus(d, bySequence.get(d.city), date);
    if (status === "never") return colorBy === "holder" ? c.faint : modes[d.mode];
    if (status === "not-yet" || status === "unknown") return null;
    if (status !== "soviet") return colorBy === "holder" ? holders[status] : c.muted;
    if (colorBy === "holder") return holders.soviet;
    return colorBy === "date" && d.date ? byDate(d.date) : modes[d.mode];
  };
}

function mapLegend(
  document: Document,
  data: readonly TakeoverRow[],
  control: readonly ControlRow[],
  { theme, colorBy, calendar, scale, c }: DrawContext<TakeoverMapOptions>,
): Element {
  const style = plotStyle(theme, scale, "label");
  if (colorBy === "date") {
    const [first, last] = dateExtent(data);
    return Plot.legend({
      document,
      color: { type: "linear", scheme: "cividis", domain: [0, 1] },
      label: `First taken, ${formatDate(first, calendar)} (dark) to ${formatDate(last, calendar)} (light); grey: lost`,
      tickFormat: () => "",
      ticks: 0,
      width: 320 * scale,
      style,
    } as Parameters<typeof Plot.legend>[0]);
  }
  if (colorBy === "holder") {
    const holders = holderColors(theme);
    const present = STATUS_ORDER.filter(
      (s): s is Holder =>
        s in holders && (s === "soviet" || control.some((r) => r.to === s && r.event !== "established")),
    );
    // "Other" and the Provisional Government's organs share a colour (each is named in its tooltip): one swatch.
    const shared = present.includes("other") && present.includes("provisional");
    const label = (h: Holder) =>
      h === "soviet"
        ? "Soviet power"
        : h === "other" && shared
          ? "Other, or the Provisional Government's organs (named in the tooltip)"
          : HOLDER_LABELS[h];
    return swatchLegend(
      document,
      new Map([
        ...present.filter((h) => !(shared && h === "provisional")).map((h) => [label(h), holders[h]] as const),
        ["Never reached", c.faint] as const,
      ]),
      theme,
      scale,
    );
  }
  const present = MODE_ORDER.filter((m) => data.some((d) => d.mode === m));
  const modes = modeColors(theme);
  return swatchLegend(
    document,
    new Map([
      ...present.map((m) => [MODE_LABELS[m], modes[m]] as const),
      ["Lost to others by the date", c.muted] as const,
    ]),
    theme,
    scale,
  );
}

/** A plain-language summary for screen readers. */
export function describeMap(
  data: readonly TakeoverRow[],
  control: readonly ControlRow[],
  date: string,
  calendar: Calendar,
): string {
  const bySequence = sequences(control);
  const tally = new Map<CityStatus, number>();
  for (const row of data) {
    const { status } = cityStatus(row, bySequence.get(row.city), date);
    tally.set(status, (tally.get(status) ?? 0) + 1);
  }
  const parts = STATUS_ORDER.filter((s) => tally.get(s)).map(
    (s) =>
      `${tally.get(s)} ${s === "soviet" ? "under Soviet power" : s === "not-yet" ? "not yet reached" : s === "never" ? "never reached" : s === "unknown" ? "reached on an unknown date" : `held by ${HOLDER_LABELS[s as Holder].toLowerCase()}`}`,
  );
  return `Map of ${data.length} cities of the former Russian Empire. ${mapStatus(data, control, date, calendar)} All cities: ${parts.join(", ")}.`;
}
