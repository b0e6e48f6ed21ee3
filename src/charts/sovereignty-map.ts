/**
 * The governments' capitals on the shared dated map: filled while the
 * government existed at the chosen date, coloured by alignment.
 */
import { formatDate } from "../calendar.js";
import type { TimeChartOptions } from "../figure.js";
import { swatches } from "../figure.js";
import { sourceLine } from "../sources.js";
import {
  ALIGNMENT_LABELS,
  ALIGNMENTS,
  alignmentColors,
  aliveOn,
  countOn,
  type EntityRow,
  KIND_LABELS,
} from "../sovereignty.js";
import { typeScale } from "../theme.js";
import { datedMap, type Geography } from "./dated-map.js";
import { endText } from "./sovereignty-lifespans.js";

export interface SovereigntyMapOptions extends TimeChartOptions {
  geography: Geography;
  date?: string;
}

export function sovereigntyMap(data: readonly EntityRow[], options: SovereigntyMapOptions): HTMLElement {
  const {
    document = globalThis.document,
    width = 720,
    geography,
    date = "1918-06-15",
    calendar = "gregorian",
    theme = "auto",
    scale = 1,
  } = options;
  const title = options.title ?? "Where the governments sat";
  const entities = data.filter((d) => !d.parent);
  const palette = alignmentColors(theme);
  const _type = typeScale(scale);
  const present = ALIGNMENTS.filter((a) => entities.some((e) => e.alignment === a));
  const status = (at: string) =>
    `${formatDate(at, calendar)}: ${countOn(entities, at)} governments claimed parts of the former empire.`;
  return datedMap(entities, {
    id: "sovereignty-map",
    document,
    width,
    geography,
    date,
    theme,
    scale,
    title,
    subtitle:
      options.subtitle ??
      "Each government at its capital, filled while it existed at the date shown. Several governments could sit in one city, one after another.",
    caption: options.caption ?? sourceLine(entities, options.sources),
    legend: swatches({
      document,
      domain: present.map((a) => ALIGNMENT_LABELS[a]),
      range: present.map((a) => palette[a]),
      theme,
      scale,
    }),
    lat: (d) => d.lat,
    lon: (d) => d.lon,
    fill: (d) => palette[d.alignment],
    on: aliveOn,
    size: (d) => (d.kind === "national-state" ? 1.15 : 0.85),
    tip: (d) =>
      `${d.name}\n${KIND_LABELS[d.kind]}, ${ALIGNMENT_LABELS[d.alignment].toLowerCase()}\nCapital: ${d.capital}\nFrom ${formatDate(d.claimed, calendar)} to ${endText(d, calendar)}\nSources: ${d.sources.replaceAll(";", ", ")}`,
    status,
    description: `Map of the capitals of ${entities.length} governments. ${status(date)}`,
  });
}
