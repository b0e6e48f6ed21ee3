/**
 * The governments' capitals on the shared dated map: filled while the
 * government existed at the chosen date, coloured by alignment.
 */
import { formatDate } from "../calendar.js";
import { type ChartOptions, chartFunction, defineChart, need } from "../chart.js";
import { swatchLegend } from "../figure.js";
import { ALIGNMENT_LABELS, ALIGNMENTS, alignmentColors, aliveOn, countOn, KIND_LABELS, PIPES } from "../sovereignty.js";
import { rowKey } from "../state.js";
import { drawMap, MAP_HEIGHT } from "./dated-map.js";
import { endText } from "./sovereignty-lifespans.js";

/** The map's state: the Gregorian day shown. */
export type SovereigntyMapOptions = Required<Pick<ChartOptions, "date">>;

/** The governments' map's one definition. */
export const sovereigntyMapSpec = defineChart({
  id: "sovereignty-map",
  title: "Where the governments sat",
  subtitle:
    "Each government at its capital, filled while it existed at the date shown. Several governments could sit in one city, one after another.",
  page: "/sovereignty",
  tables: ["sovereignty", "sources", "geography"],
  dataTable: "sovereignty",
  defaults: { date: PIPES.day } as SovereigntyMapOptions,
  height: MAP_HEIGHT,
  controls: ["sovereignty-date"],
  draw(data, o) {
    const { document, theme, scale, calendar, date } = o;
    const entities = need(data, "sovereignty").filter((d) => !d.parent);
    const palette = alignmentColors(theme);
    const present = ALIGNMENTS.filter((a) => entities.some((e) => e.alignment === a));
    const status = (at: string) =>
      `${formatDate(at, calendar)}: ${countOn(entities, at)} governments claimed parts of the former empire.`;
    return {
      ...drawMap(entities, o, {
        geography: need(data, "geography"),
        date,
        legend: swatchLegend(document, new Map(present.map((a) => [ALIGNMENT_LABELS[a], palette[a]])), theme, scale),
        lat: (d) => d.lat,
        lon: (d) => d.lon,
        fill: (d, at) => (aliveOn(d, at) ? palette[d.alignment] : null),
        size: (d) => (d.kind === "national-state" ? 1.15 : 0.85),
        key: (d) => rowKey(d.id),
        tip: (d) =>
          `${d.name}\n${KIND_LABELS[d.kind]}, ${ALIGNMENT_LABELS[d.alignment].toLowerCase()}\nCapital: ${d.capital}\nFrom ${formatDate(d.claimed, calendar)} to ${endText(d, calendar)}\nSources: ${d.sources.replaceAll(";", ", ")}`,
        status,
        description: `Map of the capitals of ${entities.length} governments. ${status(date)}`,
      }),
      cited: entities,
    };
  },
  /** Every government placed on the map, and whether it existed on the day shown (filled) or not (hollow). */
  rows(data, { date }) {
    return need(data, "sovereignty")
      .filter((d) => !d.parent)
      .map((d) => ({
        as_of: date,
        existed: aliveOn(d, date),
        id: d.id,
        name: d.name,
        kind: d.kind,
        alignment: d.alignment,
        capital: d.capital,
        lat: d.lat,
        lon: d.lon,
        claimed: d.claimed,
        ended: d.ended,
        ended_precision: d.ended_precision,
        sources: d.sources,
      }));
  },
});

/** The governments' map: `sovereigntyMap(sovereignty, {geography, sources, width, date, calendar})`. */
export const sovereigntyMap = chartFunction(sovereigntyMapSpec);
