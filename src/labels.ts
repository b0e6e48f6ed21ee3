/** Placing text labels so they do not overlap. */

/**
 * Label positions along one axis: as close to each dot as possible, at least `gap` apart, inside [top, bottom].
 * `positions` must be in ascending order; the result keeps that order.
 */
export function spreadLabels(positions: readonly number[], gap: number, top: number, bottom: number): number[] {
  const out = positions.map((p) => Math.max(top, Math.min(bottom, p)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i] ?? 0, (out[i - 1] ?? 0) + gap);
  const last = out.length - 1;
  if (last >= 0) out[last] = Math.min(out[last] ?? 0, bottom);
  for (let i = last - 1; i >= 0; i--) out[i] = Math.min(out[i] ?? 0, (out[i + 1] ?? 0) - gap);
  return out;
}

/**
 * A line of text's width in pixels, roughly: `em` of the font size a character. The default, 0.6,
 * is enough for the page's system font and IBM Plex Sans; a tighter `em` packs text closer.
 */
export function textWidth(text: string, fontSize: number, em = 0.6): number {
  return text.length * fontSize * em;
}

/** A label centred at `x`, `width` wide. */
export interface RowLabel {
  x: number;
  width: number;
}

/** A span of a row that is already taken, from `x1` to `x2` (another text, such as an axis label). */
export interface RowObstacle {
  row: number;
  x1: number;
  x2: number;
}

/**
 * Stacks labels in rows so that none overprints another: from left to right,
 * each label takes the lowest row (0, 1, …) where it keeps `gap` pixels from
 * every label and obstacle already there. Rows are returned in the order of `labels`.
 */
export function labelRows(
  labels: readonly RowLabel[],
  { gap = 6, obstacles = [] }: { gap?: number; obstacles?: readonly RowObstacle[] } = {},
): number[] {
  const taken: RowObstacle[] = [...obstacles];
  const rows = new Array<number>(labels.length).fill(0);
  const order = labels.map((_, i) => i).sort((a, b) => (labels[a]?.x ?? 0) - (labels[b]?.x ?? 0));
  for (const i of order) {
    const { x, width } = labels[i] as RowLabel;
    const x1 = x - width / 2;
    const x2 = x + width / 2;
    let row = 0;
    while (taken.some((t) => t.row === row && x1 < t.x2 + gap && t.x1 < x2 + gap)) row++;
    taken.push({ row, x1, x2 });
    rows[i] = row;
  }
  return rows;
}

/**
 * Plot's `lineWidth` (for wrapping and truncating text) is in ems of its own
 * estimate, Helvetica's widths; a reader's system font can run wider (DejaVu
 * Sans, Linux's usual `system-ui`, by up to 12% in dates and dashes). The ems
 * to give a line that must fit in `pixels`.
 */
export function plotLineWidth(pixels: number, fontSize: number): number {
  return (pixels / fontSize) * 0.88;
}

/** Labels at the ends of a chart's lines: each a name and a value. */
export interface EndLabel {
  name: string;
  value: string;
}

/**
 * The text of end-of-line labels and the margin they need beside the plot:
 * "name value" on one line while that margin leaves the plot `share` of the
 * chart's width (a desktop), else the value under the name (a phone).
 */
export function endLabels(
  labels: readonly EndLabel[],
  options: { width: number; fontSize: number; gap: number; min?: number; share?: number },
): { texts: string[]; margin: number; lines: 1 | 2 } {
  const { width, fontSize, gap, min = 0, share = 0.7 } = options;
  const need = (lines: string[]) => Math.max(min, ...lines.map((line) => textWidth(line, fontSize) + gap));
  const one = labels.map((l) => `${l.name} ${l.value}`);
  if (width - need(one) >= width * share) return { texts: one, margin: need(one), lines: 1 };
  return { texts: labels.map((l) => `${l.name}\n${l.value}`), margin: need(labels.map((l) => l.name)), lines: 2 };
}
