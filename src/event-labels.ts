/**
 * Labels of dated events over a time chart's frame (the ruble's revolution
 * and decrees, the takeovers' milestones), each centred on its event's rule:
 * stacked in as many rows as they need so that none overprints another or
 * the y axis's label, which Plot sets with its arrow at the chart's top left.
 */
import * as Plot from "@observablehq/plot";
import { labelRows, textWidth } from "./labels.js";
import { utcDate } from "./time-axis.js";

/** An event's label, placed: its row (0 nearest the frame) and the date its centre falls on. */
export interface PlacedEventLabel {
  date: string;
  label: string;
  row: number;
  at: Date;
}

export interface EventRowsOptions {
  /** The chart's width and its left and right margins, in pixels. */
  width: number;
  left: number;
  right: number;
  /** The x axis's domain (ISO dates). */
  from: string;
  to: string;
  fontSize: number;
  scale: number;
  /** The y axis's label, which shares the top row. */
  yLabel: string;
}

/**
 * The labels' rows and the top margin they need. The top row shares its
 * height with the y axis's label, so it is filled only beside that label;
 * when the labels need more rows (a narrow chart), the y axis's label moves
 * up above them.
 */
export function eventRows(
  events: readonly { date: string; label: string }[],
  { width, left, right, from, to, fontSize, scale, yLabel }: EventRowsOptions,
): { labels: PlacedEventLabel[]; marginTop: number } {
  const t0 = utcDate(from).getTime();
  const span = utcDate(to).getTime() - t0;
  const inner = width - left - right;
  const labels = events.map((e) => {
    const w = textWidth(e.label, fontSize);
    // Centred on the event's rule, but kept inside the chart.
    const x = Math.max(w / 2, Math.min(width - w / 2, left + ((utcDate(e.date).getTime() - t0) / span) * inner));
    return { date: e.date, label: e.label, x, width: w, at: new Date(t0 + ((x - left) / inner) * span) };
  });
  const axisLabel = { x1: 0, x2: 3 * scale + textWidth(`↑ ${yLabel}`, fontSize) };
  for (let top = 1; ; top++) {
    const rows = labelRows(labels, { gap: 8 * scale, obstacles: [{ row: top, ...axisLabel }] });
    if (rows.every((row) => row <= top))
      return {
        labels: labels.map((l, i) => ({ date: l.date, label: l.label, at: l.at, row: rows[i] ?? 0 })),
        marginTop: (24 + 16 * top) * scale,
      };
  }
}

/** The labels as Plot marks, one text mark per row. */
export function eventLabels(
  labels: readonly PlacedEventLabel[],
  { fill, fontSize, scale }: { fill: string; fontSize: number; scale: number },
): Plot.Markish[] {
  return [...new Set(labels.map((l) => l.row))].map((row) =>
    Plot.text(
      labels.filter((l) => l.row === row),
      {
        x: "at",
        text: "label",
        frameAnchor: "top",
        dy: -(14 + 16 * row) * scale,
        textAnchor: "middle",
        fill,
        fontSize,
      },
    ),
  );
}
