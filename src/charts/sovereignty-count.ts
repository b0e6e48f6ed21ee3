/**
 * How many self-proclaimed governments existed each day, November 1917 to
 * December 1918, under a chosen definition of "sovereign", optionally stacked
 * by kind or alignment, with Pipes's "at least thirty-three" drawn on it.
 */
import * as Plot from "@observablehq/plot";
import { formatDate } from "../calendar.js";
import { type ChartOptions, chartFunction, defineChart, need } from "../chart.js";
import { textWidth } from "../labels.js";
import {
  ALIGNMENT_LABELS,
  ALIGNMENTS,
  alignmentColors,
  countOn,
  type DailyCount,
  DEFINITIONS,
  dailyCounts,
  type EntityRow,
  KIND_LABELS,
  KINDS,
  kindColors,
  PIPES,
  SOVEREIGNTY_WINDOW,
} from "../sovereignty.js";
import { plotStyle, type ThemeName } from "../theme.js";
import { calendarX, utcDate } from "../time-axis.js";

/** The state the count is drawn in: what counts as sovereign, and what the layers show. */
export type SovereigntyCountOptions = Required<Pick<ChartOptions, "definition" | "stackBy">>;

/** The claim drawn on the chart: at least 33 in June 1918. */
export const PIPES_MARK = {
  ...PIPES.month,
  count: PIPES.count,
  label: "Pipes: “at least thirty-three” (June 1918)",
};

/** The count of governments' one definition. */
export const sovereigntyCountSpec = defineChart({
  id: "sovereignty-count",
  title: "How many governments claimed the former empire, day by day",
  page: "/sovereignty",
  tables: ["sovereignty", "sources"],
  dataTable: "sovereignty-daily",
  defaults: { definition: "everything", stackBy: "alignment" } as SovereigntyCountOptions,
  // Half as tall as wide, within bounds.
  height: { ratio: 0.5, min: 300, max: 480 },
  controls: ["sovereignty-definition", "sovereignty-stack-by"],
  draw(
    tables,
    {
      document,
      width,
      height,
      definition = "everything",
      stackBy = "alignment",
      calendar,
      theme,
      scale,
      title,
      type,
      c,
    },
  ) {
    const { from, to } = SOVEREIGNTY_WINDOW;
    const data = need(tables, "sovereignty");
    const groups = layers(data, stackBy, theme, c.muted);
    const daily = layeredCounts(data, definition, stackBy, groups);
    const onDay = countOn(data, PIPES.day, definition);
    const margin = { left: 44 * scale, right: 20 };
    // Pipes's label ends where his month begins. On a phone a line of it would run off the chart's
    // left edge: there it wraps to the room left of the mark, its lines stacked upwards.
    const room =
      ((+utcDate(PIPES_MARK.from) - +utcDate(from)) / (+utcDate(to) - +utcDate(from))) *
      (width - margin.left - margin.right);
    const pipesWrap =
      textWidth(PIPES_MARK.label, type.label) > room
        ? { lineWidth: room / type.label, lineAnchor: "bottom" as const }
        : {};
    const plot = Plot.plot({
      document,
      width,
      height,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginTop: 24 * scale,
      marginBottom: 40 * scale,
      style: plotStyle(theme, scale),
      ariaLabel: title,
      ariaDescription: `Stacked step chart of governments alive each day from ${formatDate(from, calendar)} to ${formatDate(to, calendar)} (${DEFINITIONS[definition].toLowerCase()}). On ${formatDate(PIPES.day)}: ${onDay}; Pipes's figure: at least ${PIPES_MARK.count}.`,
      x: { ...calendarX(from, to, calendar, width, 70 * scale) },
      y: {
        grid: true,
        label: "Governments alive",
        nice: true,
        domain: [0, Math.max(PIPES_MARK.count + 5, ...dailyTotals(daily))],
      },
      color: { domain: groups.map((g) => g.label), range: groups.map((g) => g.color) },
      marks: [
        Plot.areaY(
          changesOnly(daily, groups.length),
          Plot.stackY({ x: "at", y: "count", fill: "group", curve: "step-after", order: groups.map((g) => g.label) }),
        ),
        Plot.ruleY([PIPES_MARK], {
          x1: () => utcDate(PIPES_MARK.from),
          x2: () => utcDate(PIPES_MARK.to),
          y: "count",
          stroke: c.foreground,
          strokeWidth: 2.5 * scale,
        }),
        Plot.text([PIPES_MARK], {
          x: () => utcDate(PIPES_MARK.from),
          y: "count",
          text: "label",
          dy: -10 * scale,
          textAnchor: "end",
          ...pipesWrap,
          fill: c.foreground,
          fontSize: type.label,
          stroke: c.background,
          strokeWidth: 3,
          paintOrder: "stroke",
        }),
        Plot.ruleY([0]),
        Plot.tip(
          daily,
          Plot.pointerX(
            Plot.stackY({
              x: "at",
              y: "count",
              fill: "group",
              order: groups.map((g) => g.label),
              title: (d: (typeof daily)[number]) =>
                `${formatDate(d.date, calendar)}\n${d.group}: ${d.count}\nAll: ${countOn(data, d.date, definition)}`,
            }),
          ),
        ),
      ],
    });
    return {
      plot,
      legend: stackBy !== "none",
      subtitle: `${DEFINITIONS[definition]}: ${onDay} on ${formatDate(PIPES.day)}. A government counts from its first claim until it ended; phases of one state count once.`,
    };
  },
  /** The daily counts under the definition, one row a day and a layer of the stack (as the chart's tooltip gives them). */
  rows(tables, { definition, stackBy, theme, c }) {
    const data = need(tables, "sovereignty");
    return layeredCounts(data, definition, stackBy, layers(data, stackBy, theme, c.muted)).map((d) => ({
      date: d.date,
      definition,
      group: d.group,
      count: d.count,
      total: countOn(data, d.date, definition),
    }));
  },
});

/** The count of governments: `sovereigntyCount(sovereignty, {sources, width, definition, stackBy, calendar})`. */
export const sovereigntyCount = chartFunction(sovereigntyCountSpec);

/** The layers of the stack, in order, each with its colour. */
function layers(
  data: readonly EntityRow[],
  stackBy: SovereigntyCountOptions["stackBy"],
  theme: ThemeName,
  muted: string,
): { label: string; color: string }[] {
  if (stackBy === "kind")
    return KINDS.filter((k) => data.some((d) => d.kind === k)).map((k) => ({
      label: KIND_LABELS[k],
      color: kindColors(theme)[k],
    }));
  if (stackBy === "alignment")
    return ALIGNMENTS.filter((a) => data.some((d) => d.alignment === a)).map((a) => ({
      label: ALIGNMENT_LABELS[a],
      color: alignmentColors(theme)[a],
    }));
  return [{ label: "All", color: muted }];
}

/** The governments alive each day of the window under a definition, summed into the stack's layers. */
function layeredCounts(
  data: readonly EntityRow[],
  definition: SovereigntyCountOptions["definition"],
  stackBy: SovereigntyCountOptions["stackBy"],
  groups: readonly { label: string }[],
) {
  const { from, to } = SOVEREIGNTY_WINDOW;
  const groupOf = (d: DailyCount) =>
    stackBy === "kind" ? KIND_LABELS[d.kind] : stackBy === "alignment" ? ALIGNMENT_LABELS[d.alignment] : "All";
  return denseTotals(
    dailyCounts(data, from, to, definition),
    groupOf,
    groups.map((g) => g.label),
  );
}

/**
 * Sums the daily counts into the chart's groups, with a zero for every group
 * on every day: a stacked area needs every layer at every x, or it tears.
 */
function denseTotals(
  daily: readonly DailyCount[],
  groupOf: (d: DailyCount) => string,
  groups: readonly string[],
): { date: string; at: Date; group: string; count: number }[] {
  const dates = [...new Set(daily.map((d) => d.date))];
  const sums = new Map<string, number>();
  for (const d of daily) sums.set(`${d.date}|${groupOf(d)}`, (sums.get(`${d.date}|${groupOf(d)}`) ?? 0) + d.count);
  return dates.flatMap((date) =>
    groups.map((group) => ({ date, at: utcDate(date), group, count: sums.get(`${date}|${group}`) ?? 0 })),
  );
}

/**
 * Only the days on which some layer's count changes, and the last day: a
 * step-after area drawn through them is the same shape as through every day,
 * with a fraction of the points (and of the bytes in a drawn SVG).
 */
function changesOnly<T extends { count: number }>(dense: readonly T[], layers: number): T[] {
  const days = Math.ceil(dense.length / layers);
  const out: T[] = [];
  for (let day = 0; day < days; day++) {
    const block = dense.slice(day * layers, (day + 1) * layers);
    const previous = dense.slice((day - 1) * layers, day * layers);
    if (day === 0 || day === days - 1 || block.some((d, i) => d.count !== previous[i]?.count)) out.push(...block);
  }
  return out;
}

function dailyTotals(daily: readonly { date: string; count: number }[]): number[] {
  const totals = new Map<string, number>();
  for (const d of daily) totals.set(d.date, (totals.get(d.date) ?? 0) + d.count);
  return [...totals.values()];
}
